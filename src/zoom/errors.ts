// Every failure the client reports. Each error carries a `kind` and `params`, from which the editor
// layer writes the sentence in the user's language (src/errorText.ts), and an English `friendly`
// sentence for plain Node and the log; both take their words from ./errorWords.ts. Nothing here ever
// holds a token or a secret: only endpoints (method + path), statuses, Zoom's codes and messages, and
// tracking ids.
import { formatFriendly, type FriendlyKind } from './errorWords';

const NOT_FOUND: ReadonlySet<FriendlyKind> = new Set(['groupNotFound', 'groupNotInAccount', 'userNotFound', 'roleNotFound', 'accountNotFound']);

/** Zoom says the object does not exist (or is not in this account): its own code, or a bare 404. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ZoomApiError && (NOT_FOUND.has(error.kind) || error.httpStatus === 404);
}

/** Base of every client error: `message` is the friendly sentence plus technical details. */
export abstract class ZoomError extends Error {
  /** The class's name, written out: the minified bundle does not keep class names (esbuild.mjs). */
  abstract override readonly name: string;
  readonly friendly: string;
  constructor(
    readonly kind: FriendlyKind,
    readonly params: readonly string[],
    /** `GET /users/{id}` style: method and path relative to the API base, no host, no secrets. */
    readonly endpoint: string,
    detail?: string,
  ) {
    const friendly = formatFriendly(kind, params);
    super(detail ? `${friendly} (${detail})` : friendly);
    this.friendly = friendly;
  }
}

export interface ApiErrorInit {
  endpoint: string;
  httpStatus: number;
  /** Zoom's body code (not the HTTP status); undefined when the body had none. */
  code?: number;
  zoomMessage?: string;
  trackingId?: string;
  /** `errors[]` of validation failures, kept as sent. */
  errors?: unknown[];
  /** Daily limit: when it resets (epoch ms), if Zoom said. */
  resetAt?: number;
  /** The rate-limit type header or what the message implies. */
  rateLimitType?: 'QPS' | 'Daily-limit';
}

/** Zoom answered with an error status (or an error code in the body). */
export class ZoomApiError extends ZoomError {
  readonly name = 'ZoomApiError';
  readonly httpStatus: number;
  readonly code: number | undefined;
  readonly zoomMessage: string;
  readonly trackingId: string | undefined;
  readonly errors: unknown[] | undefined;
  readonly resetAt: number | undefined;
  readonly rateLimitType: 'QPS' | 'Daily-limit' | undefined;
  /** Scope names parsed from a 4700/4711 message. */
  readonly missingScopes: string[];

  constructor(init: ApiErrorInit) {
    const zoomMessage = init.zoomMessage ?? '';
    const missingScopes = parseMissingScopes(zoomMessage);
    const [kind, params] = classify(init, missingScopes);
    const detail = [
      `${init.endpoint}: HTTP ${init.httpStatus}`,
      init.code !== undefined ? `Zoom code ${init.code}` : undefined,
      zoomMessage && !params.includes(zoomMessage) ? `"${zoomMessage}"` : undefined,
      init.trackingId ? `tracking id ${init.trackingId}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(kind, params, init.endpoint, detail);
    this.httpStatus = init.httpStatus;
    this.code = init.code;
    this.zoomMessage = zoomMessage;
    this.trackingId = init.trackingId;
    this.errors = init.errors;
    this.resetAt = init.resetAt;
    this.rateLimitType = init.rateLimitType;
    this.missingScopes = missingScopes;
  }
}

/** The token endpoint refused, or a stored/pasted token can no longer be used. */
export class ZoomAuthError extends ZoomError {
  readonly name = 'ZoomAuthError';
  constructor(
    kind: FriendlyKind,
    params: readonly string[],
    /** Zoom's `error` field (`invalid_client`, `invalid_request`), when it sent one. */
    readonly oauthError?: string,
    readonly httpStatus?: number,
    readonly trackingId?: string,
  ) {
    const detail = [
      httpStatus !== undefined ? `POST /oauth/token: HTTP ${httpStatus}` : undefined,
      oauthError,
      trackingId ? `tracking id ${trackingId}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    super(kind, params, 'POST /oauth/token', detail || undefined);
  }
}

type ResponseProblem = 'badJson' | 'badShape' | 'tooLarge' | 'redirected';

/** A reply that cannot be used: not JSON or truncated, lacking a required field, too large, a redirect. */
export class ZoomResponseError extends ZoomError {
  readonly name = 'ZoomResponseError';
  constructor(
    kind: ResponseProblem,
    endpoint: string,
    readonly httpStatus: number,
    problem?: string,
    readonly trackingId?: string,
  ) {
    super(kind, responseParams(kind, endpoint, httpStatus, problem), endpoint, trackingId ? `tracking id ${trackingId}` : undefined);
  }
}

function responseParams(kind: ResponseProblem, endpoint: string, httpStatus: number, problem?: string): string[] {
  switch (kind) {
    case 'badShape':
      return [endpoint, problem ?? ''];
    case 'tooLarge':
      return [endpoint, '32'];
    default:
      return [endpoint, String(httpStatus)];
  }
}

/** The request never got an answer: connection failure, reset, or our timeout. */
export class ZoomNetworkError extends ZoomError {
  readonly name = 'ZoomNetworkError';
  constructor(kind: 'network' | 'timeout', endpoint: string, cause: string) {
    super(kind, [endpoint, cause], endpoint);
  }
}

/** An ID that would walk the request path ("." or "..", also percent-encoded): nothing was sent. */
export class ZoomInputError extends ZoomError {
  readonly name = 'ZoomInputError';
  constructor(readonly id: string) {
    super('invalidId', [id], '');
  }
}

export type PagingProblem = 'pageTokenRepeated' | 'pageWithoutNewRows' | 'tooManyPages';

/** A list whose pages would never end (a repeated token, a page of nothing new, too many pages): the walk stopped. */
export class ZoomPagingError extends ZoomError {
  readonly name = 'ZoomPagingError';
  constructor(
    kind: PagingProblem,
    /** What the list is ("GET /users?status=active", "active users"). */
    readonly list: string,
    /** The page that tripped the guard (1-based, counted from the walk's (re)start). */
    readonly pages: number,
    totalRecords?: number,
  ) {
    super(kind, [list, String(pages), String(totalRecords ?? '')], list);
  }
}

/** True for a cancellation by the caller's AbortSignal (not a timeout): not a failure to show. */
export function isCancellation(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** The error thrown when the caller's signal aborts: its reason if that is an AbortError. */
export function cancellationError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  const error = new Error('The operation was cancelled.');
  error.name = 'AbortError';
  return error;
}

// "…does not contain scopes:[a:b:c, d:e]." (4711) or "…does not contain role:read:admin scope" (4700).
export function parseMissingScopes(message: string): string[] {
  const list = /scopes?\s*:?\s*\[([^\]]*)\]/i.exec(message);
  if (list) return list[1].split(/[\s,]+/).filter(Boolean);
  const single = /contain\s+([\w:.-]+)\s+scope/i.exec(message);
  return single ? [single[1]] : [];
}

/** The id an endpoint is about: the segment after `collection` in the path. */
function segmentAfter(endpoint: string, collection: string): string {
  const path = endpoint.split(' ')[1] ?? '';
  const parts = path.split('?')[0].split('/');
  const i = parts.lastIndexOf(collection);
  const raw = i >= 0 ? parts[i + 1] : undefined;
  if (!raw) return '';
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function formatReset(resetAt: number): [local: string, utc: string] {
  const d = new Date(resetAt);
  const pad = (n: number) => String(n).padStart(2, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const local =
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return [local, d.toISOString()];
}

function classify(init: ApiErrorInit, scopes: string[]): [FriendlyKind, string[]] {
  const { endpoint, httpStatus, code } = init;
  const message = init.zoomMessage ?? '';
  if (httpStatus === 429 || code === 429) {
    if (init.rateLimitType === 'Daily-limit') {
      return init.resetAt !== undefined ? ['dailyLimit', [endpoint, ...formatReset(init.resetAt)]] : ['dailyLimitUnknownReset', [endpoint]];
    }
    return ['rateLimited', [endpoint]];
  }
  switch (code) {
    case 124:
      return ['tokenRejected', []];
    case 200:
      return ['paidAccountOnly', []];
    case 300:
      return /page token/i.test(message) ? ['pageTokenExpired', []] : ['invalidRequest', [message]];
    case 1001:
      return ['userNotFound', [segmentAfter(endpoint, 'users')]];
    case 1010:
      return ['groupNotInAccount', [segmentAfter(endpoint, 'groups')]];
    case 1034:
      return ['roleNotFound', [segmentAfter(endpoint, 'roles')]];
    case 1120:
      return ['invitationNotFound', [segmentAfter(endpoint, 'users')]];
    case 2001:
      return ['accountNotFound', [segmentAfter(endpoint, 'accounts')]];
    case 2300:
      return ['endpointUnknown', [endpoint]];
    case 4130:
      return ['groupNotFound', [segmentAfter(endpoint, 'groups')]];
    case 4700:
    case 4711:
      return scopes.length ? ['missingScopes', [scopes.join(', ')]] : ['missingScopesUnknown', [message]];
  }
  if (httpStatus === 401) return ['tokenRejected', []];
  if (httpStatus === 403) {
    return (/denied/i.test(message) && /REST API/i.test(message)) || !message ? ['apiAccessDenied', []] : ['forbidden', [endpoint, message]];
  }
  if (httpStatus >= 500) return ['serverError', [String(httpStatus), endpoint]];
  return ['apiError', [endpoint, message || `HTTP ${httpStatus}`]];
}
