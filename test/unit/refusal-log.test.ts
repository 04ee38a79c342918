import { RefusalLog } from '../../src/server/rpc/refusal-log';

/** A log on a clock the test moves, with what it reported. */
function clocked() {
  const clock = { now: 1_000_000 };
  const reports: [string, number][] = [];
  const refusals = new RefusalLog((peer, dropped) => reports.push([peer, dropped]), () => clock.now);
  const refuse = (peer: string, n: number) => Array.from({ length: n }, () => refusals.admit(peer)).filter(Boolean).length;
  return { clock, reports, refusals, refuse };
}

/** The map full: 'flood' first, past its 10 lines by one, then 9,999 peers with one refusal each. */
function full(t: ReturnType<typeof clocked>) {
  t.refuse('flood', 11);
  for (let i = 0; i < 9_999; i++) t.refuse(`p${i}`, 1);
}

describe('RefusalLog', () => {
  it('lets a peer write 10 refusal lines a second, counts the rest, and reports the count with its next refusal after that second', () => {
    const { clock, reports, refuse: admitted } = clocked();

    expect(admitted('10.0.0.1', 50)).toBe(10);
    // Another peer has a second of its own.
    expect(admitted('10.0.0.2', 3)).toBe(3);
    clock.now += 999;
    expect(admitted('10.0.0.1', 1)).toBe(0);
    expect(reports).toEqual([]);
    clock.now += 1;
    expect(admitted('10.0.0.1', 1)).toBe(1);
    expect(reports).toEqual([['10.0.0.1', 41]]);
    // Nothing was left out of 10.0.0.2's second: nothing to report.
    expect(admitted('10.0.0.2', 1)).toBe(1);
    expect(reports).toEqual([['10.0.0.1', 41]]);
  });

  it('keeps counts for at most 10,000 peers, reporting what it forgets', () => {
    const t = clocked();
    const { reports, refusals } = t;
    full(t);
    expect(reports).toEqual([]);
    // All 10,000 within their second: the one counted longest ago goes.
    refusals.admit('one more');
    expect(reports).toEqual([['flood', 1]]);
    expect(refusals.admit('flood')).toBe(true);
  });

  it('forgets first the peers whose second began longest ago, not the ones that keep refusing', () => {
    const t = clocked();
    const { clock, reports, refusals } = t;
    full(t);
    clock.now += 500;
    t.refuse('p0', 11);
    expect(reports).toEqual([]);
    clock.now += 700;
    // flood's second begins again (its count reported), after the others'.
    t.refuse('flood', 11);
    expect(reports).toEqual([['flood', 1]]);
    // A newcomer: every peer whose second began first is forgotten (p0's two left out reported), flood is kept.
    refusals.admit('newcomer');
    expect(reports).toEqual([['flood', 1], ['p0', 2]]);
    expect(refusals.admit('flood')).toBe(false);
    expect(refusals.admit('p0')).toBe(true);
  });
});
