// X-RateLimit-* headers on every API reply, counted per account and label in one-second windows
// (limits per plan from docs/zoom-api-facts.md §Rate limits), and the 429 replies Zoom sends.
import { reply, type Reply } from './reply';
import type { Plan } from './worldSpec';

export type Label = 'LIGHT' | 'MEDIUM';

const LIMITS: Record<Plan, Record<Label, number>> = {
  free: { LIGHT: 4, MEDIUM: 2 },
  pro: { LIGHT: 30, MEDIUM: 20 },
  business: { LIGHT: 80, MEDIUM: 60 },
};

const DAILY_LIMIT = 2000;

export class RateCounter {
  private readonly windows = new Map<string, { second: number; count: number }>();

  /** Counts one request and returns its headers, and whether it went over the limit. */
  count(accountId: string, plan: Plan, label: Label, now: number, override?: number): { headers: Record<string, string>; over: boolean } {
    const key = `${accountId}|${label}`;
    const second = Math.floor(now / 1000);
    let w = this.windows.get(key);
    if (!w || w.second !== second) this.windows.set(key, (w = { second, count: 0 }));
    w.count++;
    const limit = override ?? LIMITS[plan][label];
    return { headers: headers(label, 'QPS', limit, Math.max(0, limit - w.count)), over: w.count > limit };
  }

  clear(): void {
    this.windows.clear();
  }
}

function headers(label: Label, type: 'QPS' | 'Daily-limit', limit: number, remaining: number): Record<string, string> {
  return {
    'X-RateLimit-Category': label === 'LIGHT' ? 'Light' : 'Medium',
    'X-RateLimit-Type': type,
    'X-RateLimit-Limit': String(limit),
    'X-RateLimit-Remaining': String(remaining),
  };
}

/** A 429 as Zoom sends it. Daily limits carry Retry-After as the next UTC midnight (ISO date-time). */
export function rateLimited(type: 'QPS' | 'Daily-limit', label: Label, plan: Plan, now: number, retryAfter?: string, override?: number): Reply {
  const daily = type === 'Daily-limit';
  const midnight = new Date(Math.floor(now / 86_400_000 + 1) * 86_400_000).toISOString().replace('.000Z', 'Z');
  const h = headers(label, type, daily ? DAILY_LIMIT : (override ?? LIMITS[plan][label]), 0);
  h['Retry-After'] = retryAfter ?? (daily ? midnight : '1');
  const message = daily
    ? 'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.'
    : 'You have reached the maximum per-second rate limit for this API. Try again later.';
  return reply(429, { code: 429, message }, h);
}
