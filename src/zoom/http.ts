// The one request path to the Zoom API: base URL, bearer token, timeout, cancellation, retries,
// 429 handling, error mapping and one debug line per request. ofetch over the injected (default:
// global) fetch, with no custom agent, so the editor's proxy and certificate settings apply.
// Bodies are read as text and parsed here: ofetch's own JSON parsing (destr) returns a string for
// invalid JSON and rounds big integers.
import { createFetch, type $Fetch } from 'ofetch';
import { cancellationError, ZoomApiError, ZoomNetworkError, ZoomResponseError } from './errors';
import { parseJson } from './json';
import { defaultSleep, RequestScheduler } from './scheduler';
import { trustedApiUrlFromToken } from './urls';
import { expectObject, type Boundary } from './validate';
import type { AccessToken, Logger, TokenSource } from './types';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;
export type Query = Record<string, string | number | undefined>;

export interface HttpOptions {
  /** e.g. https://api.zoom.us/v2, already checked with checkBaseUrl. */
  apiBaseUrl: string;
  tokenSource: TokenSource;
  fetch?: FetchLike;
  logger?: Logger;
  /** Per attempt, including reading the body. Default 30 s. */
  timeoutMs?: number;
  scheduler?: RequestScheduler;
  sleep?: Sleep;
  clock?: () => number;
  /** In [0, 1): jitter source. */
  random?: () => number;
  /** Retries of a GET after 5xx, connection failure or timeout. Default 3. */
  retries?: number;
  /** Retries after a per-second 429. Default 4. */
  rateLimitRetries?: number;
  /** A Retry-After further away than this is treated as a daily limit: stop, say when. Default 60 s. */
  maxRetryAfterMs?: number;
}

export interface HttpResult {
  status: number;
  text: string;
  trackingId?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;

/** Zoom's error body, read leniently (any of the fields may be missing). */
interface ErrorBody {
  code?: number;
  message?: string;
  errors?: unknown[];
}

export class ZoomHttp {
  private readonly $fetch: $Fetch;
  private readonly timeoutMs: number;
  readonly scheduler: RequestScheduler;
  private readonly sleep: Sleep;
  private readonly clock: () => number;
  private readonly random: () => number;
  private readonly retries: number;
  private readonly rateLimitRetries: number;
  private readonly maxRetryAfterMs: number;
  private baseFor: { apiUrl?: string; base: string } | undefined;

  constructor(private readonly options: HttpOptions) {
    this.$fetch = createOfetch(options.fetch);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.sleep = options.sleep ?? defaultSleep;
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.scheduler = options.scheduler ?? new RequestScheduler({ clock: this.clock, sleep: this.sleep });
    this.retries = options.retries ?? 3;
    this.rateLimitRetries = options.rateLimitRetries ?? 4;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  }

  /** GET a JSON object, with what the validators need to name the endpoint in an error. */
  async getObject(path: string, query?: Query, signal?: AbortSignal): Promise<{ body: Record<string, unknown>; at: Boundary }> {
    return objectOf(await this.request('GET', path, query, signal), `GET ${path}`);
  }

  /** The raw 2xx body of a GET. */
  async getText(path: string, query?: Query, signal?: AbortSignal): Promise<string> {
    return (await this.request('GET', path, query, signal)).text;
  }

  /** One logical request: retried as the rules allow, resolved only with a 2xx. */
  async request(method: string, path: string, query: Query | undefined, signal?: AbortSignal): Promise<HttpResult> {
    const endpoint = `${method} ${path}`;
    const search = queryString(query);
    const idempotent = method === 'GET' || method === 'HEAD';
    let renewed = false;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      if (signal?.aborted) throw cancellationError(signal);
      const outcome = await this.scheduler.run(() => this.attempt(method, path, search, signal), signal);
      if (outcome.kind === 'response') {
        const { response, text, token } = outcome;
        const result: HttpResult = { status: response.status, text, trackingId: header(response, 'x-zm-trackingid') };
        if (response.status >= 200 && response.status < 300) return result;
        const body = errorBody(text);
        if ((response.status === 401 || body?.code === 124) && !renewed) {
          renewed = true;
          this.options.tokenSource.invalidate(token.accessToken);
          this.log('debug', `${endpoint}: token rejected, renewing once`);
          continue;
        }
        if (response.status === 429 || body?.code === 429) {
          const wait = this.rateLimitWait(response, body, endpoint, result.trackingId, rateLimited);
          rateLimited++;
          this.log('info', `${endpoint}: rate limited, retry ${rateLimited} in ${wait} ms`);
          await this.sleep(wait, signal);
          continue;
        }
        if (response.status >= 500 && idempotent && failures < this.retries) {
          await this.backOff(endpoint, `HTTP ${response.status}`, failures++, signal);
          continue;
        }
        // A 5xx is the server's failure whatever its body (often a proxy's HTML page).
        if (!body && response.status < 500) throw new ZoomResponseError('badJson', endpoint, response.status, undefined, result.trackingId);
        throw new ZoomApiError({
          endpoint, httpStatus: response.status, code: body?.code, zoomMessage: body?.message,
          trackingId: result.trackingId, errors: body?.errors,
        });
      }
      if (signal?.aborted) throw cancellationError(signal);
      const error = outcome.timedOut
        ? new ZoomNetworkError('timeout', endpoint, String(Math.round(this.timeoutMs / 1000)))
        : new ZoomNetworkError('network', endpoint, outcome.cause);
      if (!idempotent || failures >= this.retries) throw error;
      await this.backOff(endpoint, outcome.timedOut ? 'timeout' : outcome.cause, failures++, signal);
    }
  }

  private async attempt(method: string, path: string, search: string, signal?: AbortSignal): Promise<Attempt> {
    const token = await this.options.tokenSource.getToken(signal);
    const started = this.clock();
    const outcome = await fetchOnce(this.$fetch, `${this.baseUrl(token)}${path}${search}`, {
      method,
      headers: { Authorization: `Bearer ${token.accessToken}`, Accept: 'application/json' },
    }, this.timeoutMs, signal);
    const ms = this.clock() - started;
    if (outcome.kind === 'failure') {
      this.log('debug', `${method} ${path}${search} -> failed (${outcome.cause}) after ${ms} ms`);
      return outcome;
    }
    const trackingId = header(outcome.response, 'x-zm-trackingid');
    this.observeRateLimit(outcome.response);
    this.log('debug', `${method} ${path}${search} -> ${outcome.response.status} in ${ms} ms${trackingId ? ` (tracking id ${trackingId})` : ''}`);
    return { ...outcome, token };
  }

  /** The token's regional api_url when it is trustworthy (urls.ts), else the configured base. */
  private baseUrl(token: AccessToken): string {
    if (this.baseFor?.apiUrl !== token.apiUrl || !this.baseFor) {
      this.baseFor = { apiUrl: token.apiUrl, base: trustedApiUrlFromToken(token.apiUrl, this.options.apiBaseUrl) };
    }
    return this.baseFor.base;
  }

  private observeRateLimit(response: Response): void {
    const remaining = intHeader(response, 'x-ratelimit-remaining');
    if (remaining !== undefined) this.scheduler.observe(remaining, intHeader(response, 'x-ratelimit-limit'));
  }

  /** How long to wait before retrying a 429, or throws when we must stop (daily cap, retries out). */
  private rateLimitWait(response: Response, body: ErrorBody | undefined, endpoint: string, trackingId: string | undefined, attempt: number): number {
    const now = this.clock();
    const type = header(response, 'x-ratelimit-type') ?? '';
    const retryAfter = parseRetryAfter(header(response, 'retry-after'), now);
    const resetHeader = intHeader(response, 'x-ratelimit-reset');
    const daily = /daily/i.test(type) || /daily/i.test(body?.message ?? '');
    const far = retryAfter !== undefined && retryAfter - now > this.maxRetryAfterMs;
    const fail = (rateLimitType: 'QPS' | 'Daily-limit', resetAt?: number) => new ZoomApiError({
      endpoint, httpStatus: response.status, code: body?.code ?? 429, zoomMessage: body?.message,
      trackingId, rateLimitType, resetAt,
    });
    if (daily || far) {
      throw fail('Daily-limit', retryAfter ?? (resetHeader ? resetHeader * 1000 : undefined));
    }
    if (attempt >= this.rateLimitRetries) throw fail('QPS');
    // A little past the server's time, so callers told the same instant do not all return at once.
    if (retryAfter !== undefined) return Math.max(0, retryAfter - now) + Math.round(this.random() * 250);
    return this.jitter(Math.min(1000 * 2 ** attempt, 8000));
  }

  private async backOff(endpoint: string, why: string, failures: number, signal?: AbortSignal): Promise<void> {
    const wait = this.jitter(Math.min(500 * 2 ** failures, 4000));
    this.log('debug', `${endpoint}: ${why}, retry ${failures + 1} of ${this.retries} in ${wait} ms`);
    await this.sleep(wait, signal);
  }

  /** Between half and all of `ms`, so concurrent callers do not retry in lockstep. */
  private jitter(ms: number): number {
    return Math.round(ms / 2 + this.random() * (ms / 2));
  }

  private log(level: 'debug' | 'info', message: string): void {
    this.options.logger?.[level](message);
  }
}

type Attempt = (FetchOutcome & { kind: 'failure' }) | (FetchOutcome & { kind: 'response'; token: AccessToken });

export type FetchOutcome =
  | { kind: 'response'; response: Response; text: string }
  | { kind: 'failure'; timedOut: boolean; cause: string };

/** ofetch over the injected fetch (default: the global one, looked up at call time). */
export function createOfetch(fetchImpl?: FetchLike): $Fetch {
  const impl: FetchLike = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  return createFetch({ fetch: impl as typeof globalThis.fetch });
}

/**
 * One HTTP exchange with a timeout covering headers and body, cancelled by `signal`. Never
 * throws: the caller decides what a failure means. Failure causes never carry headers or bodies.
 */
export async function fetchOnce(
  $fetch: $Fetch, url: string, init: { method: string; headers: Record<string, string>; body?: string },
  timeoutMs: number, signal?: AbortSignal,
): Promise<FetchOutcome> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal?.reason);
  if (signal?.aborted) onAbort();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const response = await $fetch.raw<string, 'text'>(url, {
      ...init,
      responseType: 'text',
      ignoreResponseError: true,
      retry: false,
      signal: controller.signal,
    });
    return { kind: 'response', response, text: typeof response._data === 'string' ? response._data : '' };
  } catch (e) {
    return { kind: 'failure', timedOut, cause: timedOut ? 'timeout' : signal?.aborted ? 'cancelled' : networkCause(e) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Parses a 2xx body or fails naming the endpoint and status. */
export function parseBody(result: HttpResult, endpoint: string): unknown {
  try {
    return parseJson(result.text);
  } catch {
    throw new ZoomResponseError('badJson', endpoint, result.status, undefined, result.trackingId);
  }
}

/** A 2xx body as a JSON object, with what the validators need to name the endpoint in an error. */
export function objectOf(result: HttpResult, endpoint: string): { body: Record<string, unknown>; at: Boundary } {
  const at: Boundary = { endpoint, status: result.status, trackingId: result.trackingId };
  return { body: expectObject(parseBody(result, endpoint), at), at };
}

export function queryString(query: Query | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.append(key, String(value));
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** Epoch ms the server asks us to wait until: integer seconds, or an HTTP/ISO date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : at;
}

export function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

function intHeader(response: Response, name: string): number | undefined {
  const value = header(response, name);
  return value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

function errorBody(text: string): ErrorBody | undefined {
  const body = jsonObject(text);
  if (!body) return undefined;
  const { code, message, errors } = body;
  return {
    code: typeof code === 'number' ? code : typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : undefined,
    message: typeof message === 'string' ? message : undefined,
    errors: Array.isArray(errors) ? errors : undefined,
  };
}

/** The body as a JSON object, or undefined when it is not one (HTML error pages, truncation). */
export function jsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const body = parseJson(text);
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A short, secret-free reason from a fetch failure (undici nests the socket error in `cause`). */
function networkCause(error: unknown): string {
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code) return code;
    e = (e as { cause?: unknown }).cause;
  }
  const inner = (error as { cause?: { message?: unknown } })?.cause?.message;
  return typeof inner === 'string' && inner ? inner : 'connection failed';
}
