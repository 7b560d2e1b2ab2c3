// Client for the simulator's control API (test/sandbox/CONTROL.md), for suites running in the extension host.
// The harness starts the simulator and passes its URL in ZOOM_SIM_URL. Types come from the simulator itself.
import type { AccountInfo, Fault, LoggedRequest, WorldSpec } from '../sandbox/server';

export type SimAccount = AccountInfo;
export type SimRequest = LoggedRequest;
export type SimFault = Fault;

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
  return JSON.parse(text) as T;
}

type Ok = { ok: true };

export const sim = {
  url: simUrl,
  /** A fresh world (default `defaultWorld()`); also clears faults, the request log, issued tokens and the clock. */
  reset: (world?: WorldSpec) => call<Ok & { accounts: SimAccount[] }>('POST', 'reset', world === undefined ? {} : { world }),
  accounts: () => call<SimAccount[]>('GET', 'accounts'),
  requests: () => call<SimRequest[]>('GET', 'requests'),
  clearRequests: () => call<Ok>('DELETE', 'requests'),
  addFault: (fault: SimFault) => call<{ id: string }>('POST', 'faults', fault),
  removeFault: (id: string) => call<Ok>('DELETE', `faults/${encodeURIComponent(id)}`),
  clearFaults: () => call<Ok>('DELETE', 'faults'),
  expireTokens: () => call<Ok>('POST', 'expire-tokens'),
  expirePageTokens: () => call<Ok>('POST', 'expire-page-tokens'),
  tokens: () => call<string[]>('GET', 'tokens'),
  latency: (ms: number) => call<Ok & { ms: number }>('POST', 'latency', { ms }),
  /** Moves the simulator's clock (token and page-token expiry) forward. */
  advanceClock: (advanceMs: number) => call<{ now: number }>('POST', 'clock', { advanceMs }),
};
