// Client for the simulator's control API over HTTP (`{url}/_sim/...`, CONTROL.md), for code that talks to
// a simulator by its URL: the unit tests, the extension-host suites and the benchmarks. No vscode here.
import type { AccountInfo, RateLimitOptions, SettingChange } from './control';
import type { Fault } from './faults';
import type { LoggedRequest } from './requestLog';
import type { WorldSpec } from './worldSpec';

type Ok = { ok: true };

export type ControlClient = ReturnType<typeof controlClient>;

/** The control methods of the simulator at `baseUrl` (or at what the getter answers at each call). */
export function controlClient(baseUrl: string | (() => string)) {
  const base = typeof baseUrl === 'string' ? () => baseUrl : baseUrl;
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${base().replace(/\/$/, '')}/_sim/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`Simulator ${method} /_sim/${path} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  return {
    /** A fresh world (default `defaultWorld()`); also clears faults, the request log, issued tokens and the clock. */
    reset: (world?: WorldSpec) => call<Ok & { accounts: AccountInfo[] }>('POST', 'reset', world === undefined ? {} : { world }),
    accounts: () => call<AccountInfo[]>('GET', 'accounts'),
    requests: () => call<LoggedRequest[]>('GET', 'requests'),
    clearRequests: () => call<Ok>('DELETE', 'requests'),
    addFault: (fault: Fault) => call<{ id: string }>('POST', 'faults', fault),
    removeFault: (id: string) => call<Ok>('DELETE', `faults/${encodeURIComponent(id)}`),
    clearFaults: () => call<Ok>('DELETE', 'faults'),
    /** How many requests a `hold` fault is holding open. */
    held: async () => (await call<{ held: number }>('GET', 'held')).held,
    /** Lets every held request be answered. */
    release: async () => (await call<{ released: number }>('POST', 'release')).released,
    expireTokens: () => call<Ok>('POST', 'expire-tokens'),
    expirePageTokens: () => call<Ok>('POST', 'expire-page-tokens'),
    tokens: () => call<string[]>('GET', 'tokens'),
    /** Every list serves at most `size` items a page whatever page_size asks; null lifts the cap (reset puts back the start value). */
    pageSizeCap: (size: number | null) => call<Ok & { size: number | null }>('POST', 'page-size-cap', { size }),
    latency: (ms: number) => call<Ok & { ms: number }>('POST', 'latency', { ms }),
    /** Moves the simulator's clock (token and page-token expiry) forward. */
    advanceClock: (advanceMs: number) => call<{ now: number }>('POST', 'clock', { advanceMs }),
    /** 429s above the per-second limit on or off (one account or all), optionally with its own limit. */
    rateLimits: (options: RateLimitOptions) => call<Ok>('POST', 'rate-limits', options),
    /** Changes one value of an account's or a group's settings, as an admin in the portal would. */
    setSetting: (change: SettingChange) => call<Ok>('POST', 'settings', change),
  };
}
