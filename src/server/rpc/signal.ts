/**
 * Wakes whoever waits: a condition variable for one event loop. A waiter registered after a notify waits for the
 * next one; a waiter with a time limit removes itself when the time is up, so nothing piles up.
 */
export class Signal {
  private waiters = new Set<() => void>();

  wait(timeoutMs = Infinity): Promise<void> {
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const wake = () => {
        if (timer) clearTimeout(timer);
        this.waiters.delete(wake);
        resolve();
      };
      this.waiters.add(wake);
      if (Number.isFinite(timeoutMs)) timer = setTimeout(wake, Math.max(0, timeoutMs));
    });
  }

  notify(): void {
    for (const w of [...this.waiters]) w();
  }
}
