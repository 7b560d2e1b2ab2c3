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

  /** Feeds X-RateLimit-Remaining / X-RateLimit-Limit from a response (either may be absent). */
  observe(remaining: number | undefined, limit: number | undefined): void {
    if (remaining === undefined) return;
    const threshold = this.lowRemaining ?? (limit ? Math.max(5, Math.ceil(limit * 0.1)) : 5);
    const wasLow = this.low;
    this.low = remaining <= threshold;
    if (wasLow && !this.low) this.pump();
  }

  private limit(): number {
    return this.low ? 1 : this.maxConcurrent;
  }

  private gapMs(): number {
    return Math.max(this.baseGapMs, this.low ? this.lowGapMs : 0);
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
    const gap = this.gapMs();
    if (gap > 0) {
      const now = this.clock();
      const startAt = Math.max(now, this.nextStartAt);
      this.nextStartAt = startAt + gap;
      if (startAt > now) {
        try {
          await this.sleep(startAt - now, signal);
        } catch (e) {
          this.release();
          throw e;
        }
      }
    }
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
