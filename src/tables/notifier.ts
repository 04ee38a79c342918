/** Wakes the followers of a table when rows were appended to it (or it was dropped). */
export class Notifier {
  private readonly waiters = new Map<string, Set<() => void>>();

  /** Resolves at the next notify of `table`, after `ms`, or when `signal` aborts, whichever is first. */
  wait(table: string, ms: number, signal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal.aborted) return resolve();
      let set = this.waiters.get(table);
      if (!set) this.waiters.set(table, (set = new Set()));
      const wake = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', wake);
        set!.delete(wake);
        if (set!.size === 0 && this.waiters.get(table) === set) this.waiters.delete(table);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      signal.addEventListener('abort', wake, { once: true });
      set.add(wake);
    });
  }

  notify(table: string): void {
    for (const wake of [...(this.waiters.get(table) ?? [])]) wake();
  }
}
