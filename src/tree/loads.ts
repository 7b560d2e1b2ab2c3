// The tree's loads in flight, counted so tests and benchmarks can wait until nothing is loading.
export class LoadTracker {
  private readonly pending = new Set<Promise<unknown>>();

  /** Keeps count of a load so settled() can wait for it; returns the same promise. */
  track<T>(promise: Promise<T>): Promise<T> {
    this.pending.add(promise);
    const done = () => this.pending.delete(promise);
    promise.then(done, done);
    return promise;
  }

  /** Resolves once nothing is loading (loads started meanwhile are waited for too). */
  async settled(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }
}
