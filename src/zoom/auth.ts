// Server-to-Server OAuth (docs/zoom-api-facts.md §Authentication) and the token sources the client draws from.
// The client secret and the tokens are only ever put in the Authorization header; no log line
// or error built here contains them (nor the request body or headers).
import { ZoomApiError, ZoomAuthError, ZoomNetworkError, ZoomResponseError, cancellationError } from './errors';
import {
  createOfetch,
  DEFAULT_TIMEOUT_MS,
  fetchOnce,
  header,
  jsonObject,
  rateLimitBackoffMs,
  retryAfterAt,
  serverBackoffMs,
  type FetchLike,
  type Sleep,
} from './http';
import { defaultSleep } from './scheduler';
import type { AccessToken, Logger, TokenSource } from './types';

const ENDPOINT = 'POST /oauth/token';

/** Server-to-Server OAuth app credentials, as the admin copies them from the app's page. */
export interface S2SCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** Where the token endpoint is. */
interface TokenEndpoint {
  /** e.g. https://zoom.us, already checked with checkBaseUrl. */
  oauthBaseUrl: string;
}

export interface TokenRequestOptions extends S2SCredentials, TokenEndpoint {
  fetch?: FetchLike;
  clock?: () => number;
  logger?: Logger;
  timeoutMs?: number;
  signal?: AbortSignal;
  sleep?: Sleep;
  /** In [0, 1): jitter source. */
  random?: () => number;
  /** Retries after a 5xx. Default 3, as for API calls. */
  retries?: number;
  /** Retries after a per-second 429. Default 4, as for API calls. */
  rateLimitRetries?: number;
}

/** A Retry-After further away than this is a daily limit: stop and say when. As for API calls. */
const MAX_RETRY_AFTER_MS = 60_000;

/**
 * One token, asked for until the endpoint gives one or refuses the credentials. A 429 or 5xx says
 * nothing about the credentials (Zoom is busy, or a proxy failed): it is retried like an API call
 * and, when retries run out, reported as the ZoomApiError an API call would give, never as a
 * ZoomAuthError (which would ask the admin for new credentials). Also used at sign-in.
 */
export async function requestS2SToken(options: TokenRequestOptions): Promise<AccessToken> {
  const clock = options.clock ?? Date.now;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? defaultSleep;
  let failures = 0;
  let rateLimited = 0;
  for (;;) {
    const reply = await requestOnce(options, clock);
    if ('token' in reply) return reply.token;
    const { status, retryAfter, error } = reply;
    const now = clock();
    let wait: number;
    if (status === 429) {
      if (rateLimited >= (options.rateLimitRetries ?? 4) || error.rateLimitType === 'Daily-limit') throw error;
      wait = rateLimitBackoffMs(rateLimited++, retryAfter, now, random);
    } else {
      if (failures >= (options.retries ?? 3)) throw error;
      wait = serverBackoffMs(failures++, random);
    }
    options.logger?.info(`${ENDPOINT}: HTTP ${status}, retry in ${wait} ms`);
    await sleep(wait, options.signal);
  }
}

type TokenReply = { token: AccessToken } | { status: number; retryAfter?: number; error: ZoomApiError };

async function requestOnce(options: TokenRequestOptions, clock: () => number): Promise<TokenReply> {
  const url = `${options.oauthBaseUrl.replace(/\/+$/, '')}/oauth/token`;
  const basic = Buffer.from(`${options.clientId}:${options.clientSecret}`, 'utf8').toString('base64');
  const started = clock();
  const outcome = await fetchOnce(
    createOfetch(options.fetch),
    url,
    {
      method: 'POST',
      headers: {
        Authorization: `Basic ${basic}`,
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/json',
      },
      // In the body, not the query string: Zoom has started refusing the latter (devforum 124925).
      body: new URLSearchParams({ grant_type: 'account_credentials', account_id: options.accountId }).toString(),
    },
    options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    options.signal,
  );
  if (outcome.kind === 'tooLarge') throw new ZoomResponseError('tooLarge', ENDPOINT, outcome.status);
  if (outcome.kind === 'failure') {
    options.logger?.debug(`${ENDPOINT} -> failed (${outcome.cause}) after ${clock() - started} ms`);
    if (options.signal?.aborted) throw cancellationError(options.signal);
    throw new ZoomNetworkError(
      outcome.timedOut ? 'timeout' : 'network',
      ENDPOINT,
      outcome.timedOut ? String(Math.round((options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000)) : outcome.cause,
    );
  }
  const { response } = outcome;
  const trackingId = header(response, 'x-zm-trackingid');
  options.logger?.debug(`${ENDPOINT} -> ${response.status} in ${clock() - started} ms${trackingId ? ` (tracking id ${trackingId})` : ''}`);
  const body = jsonObject(outcome.body);
  if (response.status === 429 || response.status >= 500) return transient(response, body, options, trackingId, clock());
  if (response.status < 200 || response.status >= 300) throw signInError(response.status, body, options, trackingId);
  if (!body) throw new ZoomResponseError('badJson', ENDPOINT, response.status, undefined, trackingId);
  const accessToken = body.access_token;
  const expiresIn = Number(body.expires_in);
  if (typeof accessToken !== 'string' || !accessToken) {
    throw new ZoomResponseError('badShape', ENDPOINT, response.status, 'the field access_token is missing.', trackingId);
  }
  if (!Number.isFinite(expiresIn) || expiresIn <= 0) {
    throw new ZoomResponseError('badShape', ENDPOINT, response.status, 'the field expires_in is missing or not a number.', trackingId);
  }
  const issuedAt = clock();
  return {
    token: {
      accessToken,
      expiresAt: issuedAt + expiresIn * 1000,
      issuedAt,
      scope: typeof body.scope === 'string' ? body.scope : undefined,
      apiUrl: typeof body.api_url === 'string' ? body.api_url : undefined,
    },
  };
}

/** A 429 or 5xx as the error an API call would give (a far Retry-After is a daily limit). */
function transient(
  response: Response,
  body: Record<string, unknown> | undefined,
  credentials: S2SCredentials,
  trackingId: string | undefined,
  now: number,
): TokenReply {
  const retryAfter = retryAfterAt(response, now);
  const daily = response.status === 429 && retryAfter !== undefined && retryAfter - now > MAX_RETRY_AFTER_MS;
  const text = (v: unknown) => (typeof v === 'string' ? scrub(v, credentials) : undefined);
  const error = new ZoomApiError({
    endpoint: ENDPOINT,
    httpStatus: response.status,
    code: typeof body?.code === 'number' ? body.code : undefined,
    zoomMessage: text(body?.reason) ?? text(body?.message),
    trackingId,
    ...(response.status === 429 ? { rateLimitType: daily ? ('Daily-limit' as const) : ('QPS' as const), resetAt: daily ? retryAfter : undefined } : {}),
  });
  return { status: response.status, retryAfter: daily ? undefined : retryAfter, error };
}

/** Maps the token endpoint's `{reason, error}` (or `{code, message}`) to a sign-in error. */
function signInError(status: number, body: Record<string, unknown> | undefined, credentials: S2SCredentials, trackingId?: string): Error {
  if (!body) return new ZoomResponseError('badJson', ENDPOINT, status, undefined, trackingId);
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const oauthError = text(body.error);
  // Zoom's own words, with the credentials scrubbed in case a proxy ever echoes them.
  const reason = scrub(text(body.reason) ?? text(body.message) ?? text(body.error_description) ?? '', credentials);
  const code = typeof body.code === 'number' ? body.code : undefined;
  if (oauthError === 'invalid_client' || /invalid client/i.test(reason.replace(/_/g, ' ')) || code === 4702 || code === 4704) {
    return new ZoomAuthError('invalidClient', [], oauthError, status, trackingId);
  }
  if (/account does not exist/i.test(reason)) {
    return new ZoomAuthError('accountDoesNotExist', [credentials.accountId], oauthError, status, trackingId);
  }
  if (/not enabled|not activated|app type|disabled|deactivated/i.test(reason) || code === 4717) {
    return new ZoomAuthError('appNotEnabled', [], oauthError, status, trackingId);
  }
  return new ZoomAuthError('signInRefused', [reason || oauthError || `HTTP ${status}`], oauthError, status, trackingId);
}

function scrub(text: string, credentials: S2SCredentials): string {
  let out = text;
  for (const secret of [credentials.clientSecret, credentials.clientId]) {
    if (secret) out = out.split(secret).join('[redacted]');
  }
  return out;
}

export interface S2STokenSourceOptions extends S2SCredentials, TokenEndpoint {
  fetch?: FetchLike;
  clock?: () => number;
  logger?: Logger;
  timeoutMs?: number;
  sleep?: Sleep;
  random?: () => number;
  /** A token kept from an earlier session (SecretStorage), used until it nears expiry. */
  initial?: AccessToken;
  /** Called with every newly issued token (to persist it). */
  onToken?: (token: AccessToken) => void;
  /** Renew this long before expiry, or half the token's lifetime when that is shorter. Default 60 s. */
  refreshSkewMs?: number;
}

/** S2S tokens: cached, renewed early, one request in flight however many callers wait. */
export class S2STokenSource implements TokenSource {
  private current: AccessToken | undefined;
  private inflight: Promise<AccessToken> | undefined;
  private readonly clock: () => number;
  private readonly skew: number;

  constructor(private readonly options: S2STokenSourceOptions) {
    this.current = options.initial;
    this.clock = options.clock ?? Date.now;
    this.skew = options.refreshSkewMs ?? 60_000;
  }

  getToken(signal?: AbortSignal): Promise<AccessToken> {
    if (signal?.aborted) return Promise.reject(cancellationError(signal));
    const token = this.current;
    if (token && this.clock() < token.expiresAt - this.margin(token)) return Promise.resolve(token);
    this.inflight ??= this.renew();
    return detach(this.inflight, signal);
  }

  invalidate(accessToken: string): void {
    if (this.current?.accessToken === accessToken) this.current = undefined;
  }

  held(): AccessToken | undefined {
    return this.current;
  }

  /**
   * min(skew, lifetime / 2): a token that lives less than twice the skew (a short expires_in) would
   * otherwise be renewed before every call. A stored token of unknown lifetime gets the skew.
   */
  private margin(token: AccessToken): number {
    const lifetime = token.issuedAt !== undefined ? token.expiresAt - token.issuedAt : Number.POSITIVE_INFINITY;
    return Math.min(this.skew, lifetime / 2);
  }

  private async renew(): Promise<AccessToken> {
    try {
      // Not cancelled by any one caller's signal: others may be waiting on it.
      const token = await requestS2SToken({ ...this.options, signal: undefined });
      this.current = token;
      this.options.onToken?.(token);
      return token;
    } finally {
      this.inflight = undefined;
    }
  }
}

export interface StaticTokenOptions {
  accessToken: string;
  /** Epoch ms; unknown when the user pasted only the token. */
  expiresAt?: number;
  clock?: () => number;
}

/** A pasted token: used as is until it expires or the server rejects it. */
export class StaticTokenSource implements TokenSource {
  private rejected = false;
  private readonly clock: () => number;

  constructor(private readonly options: StaticTokenOptions) {
    this.clock = options.clock ?? Date.now;
  }

  async getToken(signal?: AbortSignal): Promise<AccessToken> {
    if (signal?.aborted) throw cancellationError(signal);
    const { accessToken, expiresAt } = this.options;
    if (this.rejected || (expiresAt !== undefined && this.clock() >= expiresAt)) {
      throw new ZoomAuthError('pastedTokenExpired', []);
    }
    return { accessToken, expiresAt: expiresAt ?? Number.POSITIVE_INFINITY };
  }

  invalidate(accessToken: string): void {
    if (accessToken === this.options.accessToken) this.rejected = true;
  }

  held(): AccessToken | undefined {
    return this.rejected ? undefined : { accessToken: this.options.accessToken, expiresAt: this.options.expiresAt ?? Number.POSITIVE_INFINITY };
  }
}

/** Lets one caller stop waiting on a shared promise without cancelling it for the others. */
function detach<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(cancellationError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
