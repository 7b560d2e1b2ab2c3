// Client for the simulator's control API (test/sandbox/CONTROL.md), for suites running in the extension host.
// The harness starts the simulator and passes its URL in ZOOM_SIM_URL.

/** One simulated account with the credentials of its S2S app, as `GET /_sim/accounts` lists it. */
export interface SimAccount {
  name: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  [more: string]: unknown;
}

export interface SimRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number;
  at: number;
}

/** A fault rule; `match.path` is exact, or a regular expression written "re:^/v2/users$". */
export interface SimFault {
  match: { method?: string; path: string; query?: Record<string, string>; nth?: number };
  times?: number;
  action:
    | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
    | { kind: 'rate-limit'; type: 'QPS' | 'Daily-limit'; retryAfter?: string }
    | { kind: 'delay'; ms: number }
    | { kind: 'reset' }
    | { kind: 'truncate' }
    | { kind: 'expire-page-token' }
    | { kind: 'expire-token' };
}

export function simUrl(): string {
  const url = process.env.ZOOM_SIM_URL;
  if (!url) throw new Error('ZOOM_SIM_URL is not set: run these tests with `npm run test:vscode` (or test:desktop), which starts the simulator.');
  return url.replace(/\/$/, '');
}

async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  const res = await fetch(`${simUrl()}/_sim/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`Simulator ${method} /_sim/${path} answered HTTP ${res.status}: ${text.slice(0, 300)}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export const sim = {
  url: simUrl,
  /** A fresh world (default `defaultWorld()`); also clears faults, the request log and issued tokens. */
  reset: (world?: unknown) => call<unknown>('POST', 'reset', world === undefined ? {} : { world }),
  accounts: async () => {
    const r = await call<SimAccount[] | { accounts: SimAccount[] }>('GET', 'accounts');
    return Array.isArray(r) ? r : r.accounts;
  },
  requests: () => call<SimRequest[]>('GET', 'requests'),
  clearRequests: () => call<unknown>('DELETE', 'requests'),
  addFault: (fault: SimFault) => call<{ id: string }>('POST', 'faults', fault),
  clearFaults: () => call<unknown>('DELETE', 'faults'),
  expireTokens: () => call<unknown>('POST', 'expire-tokens'),
  tokens: () => call<string[]>('GET', 'tokens'),
  latency: (ms: number) => call<unknown>('POST', 'latency', { ms }),
};
