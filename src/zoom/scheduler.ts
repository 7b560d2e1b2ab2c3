// Shares one account's request budget between concurrent callers (three user statuses, several
// groups expanding at once). Zoom's limits are per account and shared with every other app on it
// (docs/zoom-api-facts.md §Rate limits), and no API tells us the plan, so we stay polite by default:
//
// - At most 4 requests in flight. Pages of one list are sequential (each needs the previous
//   next_page_token), so 4 covers the three statuses plus one group; at Zoom's usual 150-250 ms
//   per reply that is at most ~20 req/s, the Pro plan's MEDIUM limit.
// - When X-RateLimit-Remaining runs low (≤ 10% of X-RateLimit-Limit, or ≤ 5 without a limit),
//   one request at a time, spaced 250 ms apart, until the header recovers.
// - An optional hard cap in requests per second (`maxPerSecond`).
// - Once a reply has told the per-second limit L (X-RateLimit-Limit of a QPS reply; the smallest
//   seen, so Light and Medium share the Medium pace), no one-second span holds more than L - 1
//   starts, and once it holds half of that they are spaced 1000 / L apart. Zoom counts in one-second windows: that puts
//   at most L in any window, so a fan-out of hundreds of requests (one setting across every
//   group) runs at the limit without 429s. While pacing, a Remaining that runs down within
//   the second is our own pacing, not a warning: only an exhausted budget (0) slows further.

import { cancellationError } from './errors';

export interface SchedulerOptions {
  maxConcurrent?: number;
  maxPerSecond?: number;
  /** Remaining-budget threshold below which we slow down (absolute; default max(5, 10% of limit)). */
  lowRemaining?: number;
  /** Gap between request starts while the budget is low. */
  lowGapMs?: number;
  clock?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export const DEFAULT_MAX_CONCURRENT = 4;
/** Per-second limits above this are not believed (Zoom's highest documented is 80). */
const MAX_BELIEVED_LIMIT = 1000;
const DEFAULT_LOW_GAP_MS = 250;

export class RequestScheduler {
  private readonly maxConcurrent: number;
  private readonly baseGapMs: number;
  private readonly lowGapMs: number;
  private readonly lowRemaining: number | undefined;
  private readonly clock: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private active = 0;
  private readonly waiters: (() => void)[] = [];
  private nextStartAt = 0;
  private low = false;
  private learnedLimit: number | undefined;
  /** Start times within the last second (sorted), for the per-window cap. */
  private starts: number[] = [];

  constructor(options: SchedulerOptions = {}) {
    this.maxConcurrent = Math.max(1, options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT);
    this.baseGapMs = options.maxPerSecond ? 1000 / options.maxPerSecond : 0;
    this.lowGapMs = options.lowGapMs ?? DEFAULT_LOW_GAP_MS;
    this.lowRemaining = options.lowRemaining;
    this.clock = options.clock ?? Date.now;
    this.sleep = options.sleep ?? defaultSleep;
  }

  /** True while the server's remaining budget is low and requests are being spaced out. */
  get slowedDown(): boolean {
    return this.low;
  }

  get inFlight(): number {
    return this.active;
  }

  /** Runs `task` when a slot is free and the pacing allows; the slot is held only while it runs. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  /** The per-second limit the pacing follows (learned from replies), if any. */
  get perSecondLimit(): number | undefined {
    return this.learnedLimit;
  }

  /**
   * Feeds X-RateLimit-Remaining / X-RateLimit-Limit / X-RateLimit-Type from a response (any may be
   * absent). A limit is learned only from a per-second reply and only when believable (a daily
   * limit of 2000 is not a pace).
   */
  observe(remaining: number | undefined, limit: number | undefined, type?: string): void {
    if (limit !== undefined && limit >= 1 && limit <= MAX_BELIEVED_LIMIT && !/daily/i.test(type ?? '')) {
      this.learnedLimit = Math.min(this.learnedLimit ?? Infinity, Math.floor(limit));
    }
    if (remaining === undefined) return;
    const threshold = this.learnedLimit !== undefined ? 0 : (this.lowRemaining ?? (limit ? Math.max(5, Math.ceil(limit * 0.1)) : 5));
    const wasLow = this.low;
    this.low = remaining <= threshold;
    if (wasLow && !this.low) this.pump();
  }

  private limit(): number {
    return this.low ? 1 : this.maxConcurrent;
  }

  /**
   * The spacing of starts. The learned pace applies only once the last second holds half the cap:
   * a document's three requests still go out together, a fan-out of hundreds is spread evenly.
   */
  private gapMs(): number {
    const cap = this.perWindowCap();
    const busy = cap !== undefined && this.starts.length >= Math.floor(cap / 2);
    return Math.max(this.baseGapMs, busy ? this.learnedGapMs() : 0, this.low ? this.lowGapMs : 0);
  }

  /**
   * At most L - 1 starts in any one-second span, once the limit is known: with starts at least
   * 1000 / L apart, a reply's jitter smaller than that moves at most one more into a Zoom window.
   */
  private perWindowCap(): number | undefined {
    const limit = this.learnedLimit;
    return limit === undefined ? undefined : Math.max(1, limit - 1);
  }

  /** 1000 / L: the limit's own pace; the cap above keeps each second one under it. */
  private learnedGapMs(): number {
    const limit = this.learnedLimit;
    return limit === undefined ? 0 : 1000 / limit;
  }

  private async acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) throw cancellationError(signal);
    if (this.active < this.limit() && this.waiters.length === 0) {
      this.active++;
    } else {
      await new Promise<void>((resolve, reject) => {
        const onGrant = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const i = this.waiters.indexOf(onGrant);
          if (i >= 0) this.waiters.splice(i, 1);
          reject(cancellationError(signal!));
        };
        this.waiters.push(onGrant);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
    // The start is claimed when it happens, at the clock's time then: a timer that fires late (a
    // busy host) cannot let the following starts go out together.
    // After a sleep it is at least the time slept to, whatever the clock says (a stopped test clock).
    let slept = -Infinity;
    let heldByCap = false;
    for (;;) {
      const now = Math.max(this.clock(), slept);
      const { at, capped } = this.earliestStart(now);
      if (at <= now) {
        this.claim(now, capped || heldByCap);
        return;
      }
      try {
        await this.sleep(at - now, signal);
      } catch (e) {
        this.release();
        throw e;
      }
      slept = at;
      heldByCap = capped;
    }
  }

  /**
   * When the next request may start: the spacing of gapMs(), and, once the limit is known, no more
   * than the cap in any one-second span, counting the starts made before it was known.
   */
  private earliestStart(now: number): { at: number; capped: boolean } {
    this.starts = this.starts.filter((t) => t > now - 1000);
    const paced = this.gapMs() > 0 ? Math.max(now, this.nextStartAt) : now;
    const cap = this.perWindowCap();
    const full = cap !== undefined && this.starts.length >= cap ? this.starts[this.starts.length - cap] + 1000 : -Infinity;
    return { at: Math.max(paced, full), capped: full > paced };
  }

  /** `afterCap`: the start waited for the one-second cap, so the pace starts afresh from it. */
  private claim(now: number, afterCap: boolean): void {
    this.starts.push(now);
    if (this.starts.length > MAX_BELIEVED_LIMIT) this.starts.shift();
    // After a late start the schedule is kept by catching up at up to twice the pace: never
    // closer than half a gap, and never more than the cap in one second.
    // (Only for the learned pace, and within a second of the schedule; otherwise it starts afresh.)
    const gap = this.gapMs();
    const catchUp = this.learnedLimit !== undefined && !this.low && !afterCap && now - this.nextStartAt < 1000;
    if (gap > 0) this.nextStartAt = catchUp ? Math.max(this.nextStartAt + gap, now + gap / 2) : now + gap;
    else this.nextStartAt = now;
  }

  /** A finished task hands its slot straight to the next waiter unless the limit dropped. */
  private release(): void {
    if (this.waiters.length && this.active <= this.limit()) {
      this.waiters.shift()!();
      return;
    }
    this.active--;
    this.pump();
  }

  private pump(): void {
    while (this.waiters.length && this.active < this.limit()) {
      this.active++;
      this.waiters.shift()!();
    }
  }
}

/** setTimeout as a promise that rejects when the signal aborts. */
export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(cancellationError(signal));
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(cancellationError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
