// Bare HTTP helpers for the simulator's own tests (the product client is tested elsewhere).
import { startSimulator, type Simulator, type WorldSpec } from '../../sandbox/server';
import type { AccountInfo } from '../../sandbox/control';

export interface Raw {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

export async function raw(url: string, init?: RequestInit): Promise<Raw> {
  const res = await fetch(url, init);
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function tokenRequest(sim: Simulator, clientId: string, clientSecret: string, body: string, query = ''): Promise<Raw> {
  return raw(`${sim.url}/oauth/token${query}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body,
  });
}

export async function tokenFor(sim: Simulator, account: AccountInfo): Promise<string> {
  const r = await tokenRequest(sim, account.clientId, account.clientSecret, `grant_type=account_credentials&account_id=${account.accountId}`);
  if (r.status !== 200) throw new Error(`token request failed: ${r.status} ${r.text}`);
  return r.json.access_token as string;
}

/** A started simulator, an account of it, and GET with that account's token. */
export interface Session {
  sim: Simulator;
  account: AccountInfo;
  token: string;
  get(pathAndQuery: string): Promise<Raw>;
}

export async function session(world?: WorldSpec, accountId?: string): Promise<Session> {
  const sim = await startSimulator({ world });
  const accounts = sim.control.accounts();
  const account = accountId ? accounts.find((a) => a.accountId === accountId) : accounts[0];
  if (!account) throw new Error(`no account ${accountId}`);
  const token = await tokenFor(sim, account);
  return { sim, account, token, get: (p) => raw(`${sim.url}/v2${p}`, { headers: { authorization: `Bearer ${token}` } }) };
}
