// The Zoom client's public surface. No vscode here or below (test/unit/architecture.test.ts).
export * from './types';
export * from './api';
export { paths } from './paths';
export { ZoomClient, type ZoomClientOptions } from './client';
export {
  S2STokenSource,
  StaticTokenSource,
  requestS2SToken,
  type S2SCredentials,
  type S2STokenSourceOptions,
  type StaticTokenOptions,
  type TokenRequestOptions,
} from './auth';
export { FRIENDLY_TEMPLATES, formatFriendly, type FriendlyKind } from './errorWords';
export { ZoomApiError, ZoomAuthError, ZoomError, ZoomNetworkError, ZoomPagingError, ZoomResponseError, isCancellation, parseMissingScopes } from './errors';
export { RequestScheduler, DEFAULT_MAX_CONCURRENT, type SchedulerOptions } from './scheduler';
export { MAX_PAGE_SIZE, PagedList } from './paginate';
export { PageWalk, type FetchPage } from './pageWalk';
export { parseJson } from './json';
export { checkBaseUrl, isLoopbackHost, trustedApiUrlFromToken, type BaseUrlCheck } from './urls';
export type { FetchLike, Sleep } from './http';
