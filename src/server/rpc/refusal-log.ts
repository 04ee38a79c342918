/** How many audit lines of refused calls one peer may write in a second. */
export const REFUSAL_LINES_PER_SECOND = 10;
/** How many peers the counts are kept for; past it, the ones whose second began longest ago are forgotten. */
const MAX_PEERS = 10_000;

interface PeerSecond {
  since: number;
  lines: number;
  dropped: number;
}

/**
 * Bounds the audit lines of calls refused before anyone was authenticated (UNAUTHENTICATED, no principal): a
 * client that cannot authenticate could otherwise fill the gateway's log as fast as it can send. Each peer may
 * write 10 such lines a second; the rest are counted, and the count is reported with the peer's next refusal
 * after that second (or when its count is forgotten). The calls themselves are all counted by the metrics.
 */
export class RefusalLog {
  private readonly peers = new Map<string, PeerSecond>();

  constructor(
    /** Called with what a peer's past second did not write. */
    private readonly report: (peer: string, dropped: number) => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Whether this refusal of `peer`'s gets its audit line. */
  admit(peer: string): boolean {
    const t = this.now();
    let second = this.peers.get(peer);
    if (second && t - second.since >= 1000) {
      this.reported(peer, second);
      second.since = t;
      second.lines = 0;
      // To the back: the map stays in the order the seconds began, oldest first.
      this.peers.delete(peer);
      this.peers.set(peer, second);
    }
    if (!second) {
      if (this.peers.size >= MAX_PEERS) this.forget(t);
      second = { since: t, lines: 0, dropped: 0 };
      this.peers.set(peer, second);
    }
    if (second.lines < REFUSAL_LINES_PER_SECOND) {
      second.lines++;
      return true;
    }
    second.dropped++;
    return false;
  }

  /** Makes room: forgets the peers whose second is over, and at least the one whose second began longest ago. */
  private forget(t: number): void {
    for (const [peer, second] of this.peers) {
      if (t - second.since < 1000 && this.peers.size < MAX_PEERS) break;
      this.reported(peer, second);
      this.peers.delete(peer);
    }
  }

  private reported(peer: string, second: PeerSecond): void {
    if (second.dropped > 0) this.report(peer, second.dropped);
    second.dropped = 0;
  }
}
