// The Zoom simulator (test/sandbox) in process, its control API, and clients wired to it with a
// log collector and an instant sleep, so retry tests take no wall time.
import { after, before, beforeEach } from 'node:test';
import { controlClient, type ControlClient } from '../../sandbox/controlClient';
import { startSimulator, type AccountInfo, type LoggedRequest, type WorldSpec } from '../../sandbox/server';
import { ZoomClient, type ZoomClientOptions } from '../../../src/zoom/client';
import { S2STokenSource, type S2STokenSourceOptions } from '../../../src/zoom/auth';
import type { FetchLike } from '../../../src/zoom/http';
import type { Logger } from '../../../src/zoom/types';

export type SimAccount = AccountInfo;
export type SimRequest = LoggedRequest;

export type Sim = ControlClient & {
  url: string;
  apiBase: string;
  close(): Promise<void>;
  account(accountId: string): Promise<SimAccount>;
};

export const ACME = 'acme-master-001';
export const GLOBEX = 'globex-002';

export async function openSim(options: { latencyMs?: number; world?: WorldSpec } = {}): Promise<Sim> {
  const server = await startSimulator({ port: 0, latencyMs: options.latencyMs ?? 0, ...(options.world ? { world: options.world } : {}) });
  const url = server.url.replace(/\/$/, '');
  const control = controlClient(url);
  return {
    ...control,
    url,
    apiBase: `${url}/v2`,
    close: () => server.close(),
    account: async (accountId) => {
      const found = (await control.accounts()).find((a) => a.accountId === accountId);
      if (!found) throw new Error(`no simulated account ${accountId}`);
      return found;
    },
  };
}

/**
 * The simulator of a test file: opened before its tests, reset to its demo world before each, closed after.
 * The object is filled in when the file's tests start, so it can be taken at the top of the file.
 */
export function simPerFile(): Sim {
  const sim = {} as Sim;
  before(async () => void Object.assign(sim, await openSim()));
  after(() => sim.close());
  beforeEach(() => sim.reset());
  return sim;
}

/** Every line logged, at any level, prefixed with its level. */
export function collectingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const at = (level: string) => (m: string) => {
    lines.push(`${level} ${m}`);
  };
  return { lines, trace: at('trace'), debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export interface TestClient {
  client: ZoomClient;
  tokens: S2STokenSource;
  log: Logger & { lines: string[] };
  /** Every wait the client asked for (the sleep is instant). */
  sleeps: number[];
}

export async function clientFor(
  sim: Sim,
  accountId: string,
  extra: Partial<ZoomClientOptions> & { token?: Partial<S2STokenSourceOptions> } = {},
): Promise<TestClient> {
  const account = await sim.account(accountId);
  const log = collectingLogger();
  const sleeps: number[] = [];
  const tokens = new S2STokenSource({
    oauthBaseUrl: sim.url,
    accountId: account.accountId,
    clientId: account.clientId,
    clientSecret: account.clientSecret,
    logger: log,
    ...extra.token,
  });
  const client = new ZoomClient({
    apiBaseUrl: sim.apiBase,
    tokenSource: tokens,
    logger: log,
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

/**
 * A fetch that never answers and ends only when its signal aborts (the timeout and cancellation
 * tests). Its own timer holds the process open until then: the client's timeout timer does not.
 */
export const neverAnswers: FetchLike = (_input, init) =>
  new Promise((_, reject) => {
    const alive = setTimeout(() => reject(new Error('never aborted')), 5000);
    init?.signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(alive);
        reject(init.signal!.reason as Error);
      },
      { once: true },
    );
  });

/** The rejection of `promise`, asserting that it does reject. */
export async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected the promise to reject');
}
