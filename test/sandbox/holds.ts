// Requests held open by a `hold` fault until the test releases them: lets a test put its own
// action (a sign-out, say) between a request's arrival and its answer, with no timing guesses.

export class Holds {
  private waiting: (() => void)[] = [];

  /** Resolves when released. */
  hold(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** How many requests are held now. */
  get count(): number {
    return this.waiting.length;
  }

  /** Lets every held request go on to its answer; returns how many there were. */
  releaseAll(): number {
    const released = this.waiting;
    this.waiting = [];
    for (const resolve of released) resolve();
    return released.length;
  }
}
