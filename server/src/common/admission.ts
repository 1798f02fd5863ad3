/**
 * At most `slots` holders at a time; the others wait in order. A waiter whose
 * signal aborts (its time budget ran out, its client went away) leaves the
 * queue with the signal's reason.
 */
export class Admission {
  private active = 0;
  private readonly waiting: { admit: () => void }[] = [];

  constructor(private readonly slots: number) {}

  /** Resolves with a release function once a slot is free. */
  acquire(signal: AbortSignal): Promise<() => void> {
    if (signal.aborted) return Promise.reject(signal.reason);
    if (this.active < this.slots) {
      this.active += 1;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolveSlot, reject) => {
      const waiter = {
        admit: () => {
          signal.removeEventListener('abort', onAbort);
          this.active += 1;
          resolveSlot(this.releaser());
        },
      };
      const onAbort = () => {
        this.waiting.splice(this.waiting.indexOf(waiter), 1);
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= 1;
      this.waiting.shift()?.admit();
    };
  }
}
