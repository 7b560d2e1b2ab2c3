// The Zoom simulator (test/sandbox) in process, its control API, and clients wired to it with a
// log collector and an instant sleep, so retry tests take no wall time.
import { startSimulator } from '../../sandbox/server';
import { ZoomClient, type ZoomClientOptions } from '../../../src/zoom/client';
import { S2STokenSource, type S2STokenSourceOptions } from '../../../src/zoom/auth';
import type { Logger } from '../../../src/zoom/types';

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
}

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

export interface Sim {
  url: string;
  apiBase: string;
  close(): Promise<void>;
  reset(world?: unknown): Promise<void>;
  accounts(): Promise<SimAccount[]>;
  account(accountId: string): Promise<SimAccount>;
  requests(): Promise<SimRequest[]>;
  clearRequests(): Promise<void>;
  addFault(fault: SimFault): Promise<void>;
  clearFaults(): Promise<void>;
  expireTokens(): Promise<void>;
  tokens(): Promise<string[]>;
  latency(ms: number): Promise<void>;
}

export const ACME = 'acme-master-001';
export const GLOBEX = 'globex-002';

export async function openSim(options: { latencyMs?: number; world?: unknown } = {}): Promise<Sim> {
  const server = await startSimulator({ port: 0, latencyMs: options.latencyMs ?? 0, ...(options.world ? { world: options.world } : {}) } as Parameters<typeof startSimulator>[0]);
  const url = server.url.replace(/\/$/, '');
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${url}/_sim/${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`simulator ${method} /_sim/${path}: HTTP ${res.status} ${text.slice(0, 200)}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
  const sim: Sim = {
    url,
    apiBase: `${url}/v2`,
    close: () => server.close(),
    reset: async (world) => { await call('POST', 'reset', world === undefined ? {} : { world }); },
    accounts: async () => {
      const r = await call<SimAccount[] | { accounts: SimAccount[] }>('GET', 'accounts');
      return Array.isArray(r) ? r : r.accounts;
    },
    account: async (accountId) => {
      const found = (await sim.accounts()).find((a) => a.accountId === accountId);
      if (!found) throw new Error(`no simulated account ${accountId}`);
      return found;
    },
    requests: async () => {
      const r = await call<SimRequest[] | { requests: SimRequest[] }>('GET', 'requests');
      return Array.isArray(r) ? r : r.requests;
    },
    clearRequests: async () => { await call('DELETE', 'requests'); },
    addFault: async (fault) => { await call('POST', 'faults', fault); },
    clearFaults: async () => { await call('DELETE', 'faults'); },
    expireTokens: async () => { await call('POST', 'expire-tokens'); },
    tokens: async () => {
      const r = await call<unknown>('GET', 'tokens');
      const list = Array.isArray(r) ? r : (r as { tokens: unknown[] }).tokens;
      return list.map((t) => (typeof t === 'string' ? t : String((t as { accessToken?: string; access_token?: string }).accessToken ?? (t as { access_token?: string }).access_token)));
    },
    latency: async (ms) => { await call('POST', 'latency', { ms }); },
  };
  return sim;
}

/** Every line logged, at any level, prefixed with its level. */
export function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => { lines.push(`${level} ${m}`); };
  return { lines, trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestClient {
  client: ZoomClient;
  tokens: S2STokenSource;
  log: Logger & { lines: string[] };
  /** Every wait the client asked for (the sleep is instant). */
  sleeps: number[];
}

export async function clientFor(sim: Sim, accountId: string, extra: Partial<ZoomClientOptions> & { token?: Partial<S2STokenSourceOptions> } = {}): Promise<TestClient> {
  const account = await sim.account(accountId);
  const log = collectingLogger();
  const sleeps: number[] = [];
  const tokens = new S2STokenSource({
    oauthBaseUrl: sim.url, accountId: account.accountId, clientId: account.clientId, clientSecret: account.clientSecret, logger: log, ...extra.token,
  });
  const client = new ZoomClient({
    apiBaseUrl: sim.apiBase, tokenSource: tokens, logger: log,
    sleep: async (ms, signal) => {
      sleeps.push(ms);
      if (signal?.aborted) throw signal.reason;
    },
    ...extra,
  });
  return { client, tokens, log, sleeps };
}

/** API requests (not token requests) the simulator saw, optionally only for one path. */
export async function apiRequests(sim: Sim, path?: string): Promise<SimRequest[]> {
  return (await sim.requests()).filter((r) => r.path !== '/oauth/token' && (path === undefined || r.path === path));
}

export async function tokenRequests(sim: Sim): Promise<number> {
  return (await sim.requests()).filter((r) => r.path === '/oauth/token').length;
}

/** The rejection of `promise`, asserting that it does reject. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the promise to reject');
}
