// The one request path to the Zoom API. ofetch does the HTTP part: base URL, query string, reading
// and parsing the body (parseResponse, with json.ts's exact-integer parse), the debug line
// (hooks). What ofetch cannot express is Zoom's policy and stays here: renew the token once on
// 401 / code 124, tell a per-second 429 from a daily one, back off on 5xx with an injectable clock.
// Over the injected (default: Node's own) fetch with no custom agent, so the editor's proxy and
// certificate settings apply. Replies are untrusted: no redirects, bodies capped at 32 MiB.
import { FetchError, ofetch, type $Fetch, type FetchContext } from 'ofetch';
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

/** A 2xx or error reply: its status, its body, Zoom's tracking id. */
export interface HttpResult {
  status: number;
  body: ReplyBody;
  trackingId?: string;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Larger bodies are refused unread: the biggest real reply (2000 users) is about 2 MB. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** A Retry-After or X-RateLimit-Reset further away than this is not believed. */
const MAX_BELIEVED_RESET_MS = 48 * 3600_000;

/**
 * A reply's text, parsed with json.ts on first use rather than as it arrives, so paging can send
 * the request for the next page (its token read from the text) before this page is parsed.
 */
export class ReplyBody {
  private parsed: { value: unknown } | undefined;
  constructor(readonly text: string) {}

  /** The JSON value, big integers exact; throws SyntaxError on invalid or truncated JSON. */
  json(): unknown {
    this.parsed ??= { value: parseJson(this.text) };
    return this.parsed.value;
  }
}

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
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.sleep = options.sleep ?? defaultSleep;
    this.clock = options.clock ?? Date.now;
    this.random = options.random ?? Math.random;
    this.scheduler = options.scheduler ?? new RequestScheduler({ clock: this.clock, sleep: this.sleep });
    this.retries = options.retries ?? 3;
    this.rateLimitRetries = options.rateLimitRetries ?? 4;
    this.maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
    this.$fetch = createOfetch(options.fetch, { logger: options.logger, clock: this.clock });
  }

  /** GET a JSON object, with what the validators need to name the endpoint in an error. */
  async getObject(path: string, query?: Query, signal?: AbortSignal): Promise<{ body: Record<string, unknown>; at: Boundary }> {
    return objectOf(await this.request('GET', path, query, signal), `GET ${path}`);
  }

  /** The raw 2xx body of a GET. */
  async getText(path: string, query?: Query, signal?: AbortSignal): Promise<string> {
    return (await this.request('GET', path, query, signal)).body.text;
  }

  /** One logical request: retried as the rules allow, resolved only with a 2xx. */
  async request(method: string, path: string, query: Query | undefined, signal?: AbortSignal): Promise<HttpResult> {
    const endpoint = `${method} ${path}`;
    const idempotent = method === 'GET' || method === 'HEAD';
    let renewed = false;
    let failures = 0;
    let rateLimited = 0;
    for (;;) {
      if (signal?.aborted) throw cancellationError(signal);
      const outcome = await this.scheduler.run(() => this.attempt(method, path, query, signal), signal);
      if (outcome.kind === 'response') {
        const { response, body, token } = outcome;
        const result: HttpResult = { status: response.status, body, trackingId: header(response, 'x-zm-trackingid') };
        if (response.status >= 200 && response.status < 300) return result;
        // Following a redirect would send the token to, and trust the reply of, another host.
        if (response.status >= 300 && response.status < 400) {
          throw new ZoomResponseError('redirected', endpoint, response.status, undefined, result.trackingId);
        }
        const error = errorBody(body);
        if ((response.status === 401 || error?.code === 124) && !renewed) {
          renewed = true;
          this.options.tokenSource.invalidate(token.accessToken);
          this.log('debug', `${endpoint}: token rejected, renewing once`);
          continue;
        }
        if (response.status === 429 || error?.code === 429) {
          const wait = this.rateLimitWait(response, error, endpoint, result.trackingId, rateLimited);
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
        if (!error && response.status < 500) throw new ZoomResponseError('badJson', endpoint, response.status, undefined, result.trackingId);
        throw new ZoomApiError({
          endpoint,
          httpStatus: response.status,
          code: error?.code,
          zoomMessage: error?.message,
          trackingId: result.trackingId,
          errors: error?.errors,
        });
      }
      if (signal?.aborted) throw cancellationError(signal);
      if (outcome.kind === 'tooLarge') throw new ZoomResponseError('tooLarge', endpoint, outcome.status);
      const error = outcome.timedOut
        ? new ZoomNetworkError('timeout', endpoint, String(Math.round(this.timeoutMs / 1000)))
        : new ZoomNetworkError('network', endpoint, outcome.cause);
      if (!idempotent || failures >= this.retries) throw error;
      await this.backOff(endpoint, outcome.timedOut ? 'timeout' : outcome.cause, failures++, signal);
    }
  }

  private async attempt(method: string, path: string, query: Query | undefined, signal?: AbortSignal): Promise<Attempt> {
    const token = await this.options.tokenSource.getToken(signal);
    const outcome = await fetchOnce(
      this.$fetch,
      path,
      {
        method,
        baseURL: this.baseUrl(token),
        query: query && definedValues(query),
        headers: { Authorization: `Bearer ${token.accessToken}`, Accept: 'application/json' },
      },
      this.timeoutMs,
      signal,
    );
    if (outcome.kind !== 'response') return outcome;
    this.observeRateLimit(outcome.response);
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
    const limit = intHeader(response, 'x-ratelimit-limit');
    if (remaining !== undefined || limit !== undefined) this.scheduler.observe(remaining, limit, header(response, 'x-ratelimit-type'));
  }

  /** How long to wait before retrying a 429, or throws when we must stop (daily cap, retries out). */
  private rateLimitWait(response: Response, body: ErrorBody | undefined, endpoint: string, trackingId: string | undefined, attempt: number): number {
    const now = this.clock();
    const type = header(response, 'x-ratelimit-type') ?? '';
    const retryAfter = retryAfterAt(response, now);
    const resetHeader = intHeader(response, 'x-ratelimit-reset');
    const reset = believable(resetHeader === undefined ? undefined : resetHeader * 1000, now);
    const daily = /daily/i.test(type) || /daily/i.test(body?.message ?? '');
    const far = retryAfter !== undefined && retryAfter - now > this.maxRetryAfterMs;
    const fail = (rateLimitType: 'QPS' | 'Daily-limit', resetAt?: number) =>
      new ZoomApiError({
        endpoint,
        httpStatus: response.status,
        code: body?.code ?? 429,
        zoomMessage: body?.message,
        trackingId,
        rateLimitType,
        resetAt,
      });
    if (daily || far) throw fail('Daily-limit', retryAfter ?? reset);
    if (attempt >= this.rateLimitRetries) throw fail('QPS');
    return rateLimitBackoffMs(attempt, retryAfter, now, this.random);
  }

  private async backOff(endpoint: string, why: string, failures: number, signal?: AbortSignal): Promise<void> {
    const wait = serverBackoffMs(failures, this.random);
    this.log('debug', `${endpoint}: ${why}, retry ${failures + 1} of ${this.retries} in ${wait} ms`);
    await this.sleep(wait, signal);
  }

  private log(level: 'debug' | 'info', message: string): void {
    this.options.logger?.[level](message);
  }
}

type Attempt = Exclude<FetchOutcome, { kind: 'response' }> | (FetchOutcome & { kind: 'response'; token: AccessToken });

export type FetchOutcome =
  | { kind: 'response'; response: Response; body: ReplyBody }
  | { kind: 'failure'; timedOut: boolean; cause: string }
  | { kind: 'tooLarge'; status: number };

export interface RequestInit$ {
  method: string;
  headers: Record<string, string>;
  body?: string;
  baseURL?: string;
  query?: Record<string, string>;
}

/**
 * ofetch for Zoom, over the injected fetch (default: the global one, looked up at call time). It
 * never retries and never throws on a status (the policy above decides), never follows a
 * redirect, refuses bodies over MAX_BODY_BYTES, and, given a logger, writes one debug line per
 * exchange: method, path and query (no host, no headers), status or failure, time, tracking id.
 */
export function createOfetch(fetchImpl?: FetchLike, log?: { logger?: Logger; clock?: () => number }): $Fetch {
  const impl: FetchLike = fetchImpl ?? ((input, init) => globalThis.fetch(input, init));
  const clock = log?.clock ?? Date.now;
  const started = new WeakMap<object, number>();
  const line = (context: FetchContext, outcome: string) => {
    const ms = clock() - (started.get(context) ?? clock());
    log?.logger?.debug(`${context.options.method ?? 'GET'} ${pathOf(context)} -> ${outcome.replace('{ms}', `${ms} ms`)}`);
  };
  return ofetch.create(
    {
      retry: false,
      ignoreResponseError: true,
      redirect: 'manual',
      parseResponse: (text) => new ReplyBody(text),
      onRequest: (context) => {
        started.set(context, clock());
      },
      onResponse: (context) => {
        const trackingId = header(context.response, 'x-zm-trackingid');
        line(context, `${context.response.status} in {ms}${trackingId ? ` (tracking id ${trackingId})` : ''}`);
      },
      onRequestError: (context) => {
        line(context, `failed (${failureOf(context.error).cause}) after {ms}`);
      },
    },
    { fetch: cappedBody(impl) },
  );
}

/**
 * One HTTP exchange with a timeout covering headers and body, cancelled by `signal`. Never
 * throws: the caller decides what a failure means. Failure causes never carry headers or bodies.
 * (ofetch's own `timeout` is not used: it is dropped when a signal is passed, and stops at headers.)
 */
export async function fetchOnce($fetch: $Fetch, url: string, init: RequestInit$, timeoutMs: number, signal?: AbortSignal): Promise<FetchOutcome> {
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await $fetch.raw<ReplyBody>(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
    return { kind: 'response', response, body: response._data ?? new ReplyBody('') };
  } catch (e) {
    const cause = e instanceof FetchError ? e.cause : e;
    if (cause instanceof BodyTooLarge) return { kind: 'tooLarge', status: cause.status };
    const failure = failureOf(cause);
    return { kind: 'failure', timedOut: timeout.aborted && !signal?.aborted, cause: signal?.aborted ? 'cancelled' : failure.cause };
  }
}

/** Thrown inside the fetch ofetch calls, so ofetch reports it as a request error. */
class BodyTooLarge extends Error {
  constructor(readonly status: number) {
    super(`reply body over ${MAX_BODY_BYTES} bytes`);
  }
}

/** A fetch whose responses are read whole here, refusing more than MAX_BODY_BYTES (declared or sent). */
function cappedBody(fetchImpl: FetchLike): FetchLike {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    if (!response.body) return response;
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > MAX_BODY_BYTES) {
      await response.body.cancel().catch(() => undefined);
      throw new BodyTooLarge(response.status);
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLarge(response.status);
      }
      chunks.push(r.value);
    }
    // The chunks as read, not one Buffer: Response would copy it again, and so would its reader.
    return new Response(streamOf(chunks), { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** A stream that yields these chunks and ends. */
function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/** The request's path and query relative to its base URL: what the debug line shows. */
function pathOf(context: FetchContext): string {
  const url = typeof context.request === 'string' ? context.request : context.request.url;
  const base = (context.options.baseURL ?? '').replace(/\/+$/, '');
  if (base && url.startsWith(base)) return url.slice(base.length);
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url;
  }
}

/** Parses a 2xx body or fails naming the endpoint and status. */
export function parseBody(result: HttpResult, endpoint: string): unknown {
  try {
    return result.body.json();
  } catch {
    throw new ZoomResponseError('badJson', endpoint, result.status, undefined, result.trackingId);
  }
}

/** A 2xx body as a JSON object, with what the validators need to name the endpoint in an error. */
export function objectOf(result: HttpResult, endpoint: string): { body: Record<string, unknown>; at: Boundary } {
  const at: Boundary = { endpoint, status: result.status, trackingId: result.trackingId };
  return { body: expectObject(parseBody(result, endpoint), at), at };
}

/** The query without empty values: Zoom reads `status=` as an invalid status, not as no filter. */
function definedValues(query: Query): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') out[key] = String(value);
  }
  return out;
}

/** Epoch ms the server asks us to wait until: integer seconds, or an HTTP/ISO date. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return now + Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : at;
}

/** The instant a reply's Retry-After names, when it is believable. */
export function retryAfterAt(response: Response, now: number): number | undefined {
  return believable(parseRetryAfter(header(response, 'retry-after'), now), now);
}

/** The wait before retry `failures` + 1 after a 5xx, a connection failure or a timeout. */
export function serverBackoffMs(failures: number, random: () => number): number {
  return jitter(Math.min(500 * 2 ** failures, 4000), random);
}

/** The wait before retry `attempt` + 1 after a per-second 429: the server's time, else exponential. */
export function rateLimitBackoffMs(attempt: number, retryAfter: number | undefined, now: number, random: () => number): number {
  // A little past the server's time, so callers told the same instant do not all return at once.
  if (retryAfter !== undefined) return Math.max(0, retryAfter - now) + Math.round(random() * 250);
  return jitter(Math.min(1000 * 2 ** attempt, 8000), random);
}

/** Between half and all of `ms`, so concurrent callers do not retry in lockstep. */
function jitter(ms: number, random: () => number): number {
  return Math.round(ms / 2 + random() * (ms / 2));
}

/** A reset time only when it is a real instant within 48 hours; a hostile or broken one is ignored. */
function believable(at: number | undefined, now: number): number | undefined {
  return at !== undefined && Number.isFinite(at) && at - now <= MAX_BELIEVED_RESET_MS ? at : undefined;
}

export function header(response: Response, name: string): string | undefined {
  return response.headers.get(name) ?? undefined;
}

function intHeader(response: Response, name: string): number | undefined {
  const value = header(response, name);
  return value !== undefined && /^\s*\d+\s*$/.test(value) ? Number(value) : undefined;
}

function errorBody(reply: ReplyBody): ErrorBody | undefined {
  const body = jsonObject(reply);
  if (!body) return undefined;
  const { code, message, errors } = body;
  return {
    code: typeof code === 'number' ? code : typeof code === 'string' && /^\d+$/.test(code) ? Number(code) : undefined,
    message: typeof message === 'string' ? message : undefined,
    errors: Array.isArray(errors) ? errors : undefined,
  };
}

/** The body as a JSON object, or undefined when it is not one (HTML error pages, truncation). */
export function jsonObject(reply: ReplyBody | string): Record<string, unknown> | undefined {
  try {
    const body = typeof reply === 'string' ? parseJson(reply) : reply.json();
    return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A short, secret-free reason from a fetch failure (undici nests the socket error in `cause`). */
function failureOf(error: unknown): { cause: string } {
  if (error instanceof BodyTooLarge) return { cause: error.message };
  const name = (error as { name?: unknown } | undefined)?.name;
  if (name === 'TimeoutError') return { cause: 'timeout' };
  if (name === 'AbortError') return { cause: 'cancelled' };
  let e: unknown = error;
  for (let depth = 0; depth < 4 && e; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code) return { cause: code };
    e = (e as { cause?: unknown }).cause;
  }
  const inner = (error as { cause?: { message?: unknown } })?.cause?.message;
  return { cause: typeof inner === 'string' && inner ? inner : 'connection failed' };
}
