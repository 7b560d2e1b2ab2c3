// Zoom's list endpoints as PagedList: next_page_token paging with the query fixed and the spec's
// maximum page size; walking the pages (the restart on code 300, the loop guard) is pageWalk.ts.
//
// pages() asks for page N+1 as soon as page N's token is read from the raw text, so parsing and
// checking 2000 users (~15 ms) overlaps the next round trip instead of adding to it. The parsed
// token is then compared: if the early read was wrong, the early request is dropped and redone.
import { setImmediate } from 'node:timers/promises';
import { objectOf, type HttpResult, type Query, type ZoomHttp } from './http';
import { checkItems, listField, totalRecords, type Shape } from './validate';
import { PageWalk } from './pageWalk';
import type { Page } from './types';

/** Spec maximum page sizes (docs/zoom-api-facts.md §Pagination). */
export const MAX_PAGE_SIZE = { users: 2000, groupMembers: 2000, groups: 300, groupAdmins: 300, roleMembers: 300, subAccounts: 300 } as const;

export interface ListSpec {
  path: string;
  /** Identical on every page; page_size and next_page_token are added here. */
  query?: Query;
  /** The array field of the page: users, groups, members, admins, accounts. */
  field: string;
  pageSize: number;
  shape: Shape;
}

const TOKEN_KEY = '"next_page_token"';
const TOKEN_VALUE = /^\s*:\s*"([^"\\]*)"/;

/** The next_page_token read from the raw text without parsing; undefined when unsure. */
export function peekNextPageToken(text: string): string | undefined {
  const at = text.indexOf(TOKEN_KEY);
  if (at < 0) return undefined;
  const m = TOKEN_VALUE.exec(text.slice(at + TOKEN_KEY.length, at + TOKEN_KEY.length + 512));
  return m && m[1] !== '' ? m[1] : undefined;
}

/**
 * A list endpoint with its query fixed. `page(token)` fetches exactly one page; `pages()` and `all()`
 * walk them all through a PageWalk (restart once on code 300, stop a list that would never end).
 */
export class PagedList<T> {
  constructor(
    private readonly http: ZoomHttp,
    private readonly spec: ListSpec,
  ) {}

  /** How errors name the list: method, path and the fixed query ("GET /users?status=active"). */
  get name(): string {
    const query = Object.entries(this.spec.query ?? {}).filter(([, v]) => v !== undefined && v !== '');
    return `GET ${this.spec.path}${query.length ? `?${query.map(([k, v]) => `${k}=${String(v)}`).join('&')}` : ''}`;
  }

  async page(nextPageToken?: string, signal?: AbortSignal): Promise<Page<T>> {
    return this.toPage(await this.fetch(nextPageToken, signal));
  }

  async *pages(signal?: AbortSignal): AsyncIterable<Page<T>> {
    let ahead: Prefetch | undefined;
    const readAhead = async (token: string | undefined): Promise<Page<T>> => {
      const pending = ahead && ahead.token === token ? ahead.result : this.fetch(token, signal);
      if (ahead && ahead.token !== token) ahead.cancel();
      ahead = undefined;
      const result = await pending;
      const early = peekNextPageToken(result.body.text);
      if (early && early !== token) {
        ahead = this.prefetch(early, signal);
        // Let the request reach the socket before the parse holds the thread for ~10 ms.
        await setImmediate();
      }
      return this.toPage(result);
    };
    const walk = new PageWalk<T>(this.name, readAhead);
    try {
      while (!walk.done) yield await walk.next(signal);
    } finally {
      // The consumer stopped, the walk failed, or the early token was wrong: nobody will read this one.
      ahead?.cancel();
    }
  }

  async all(signal?: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages(signal)) {
      for (const item of page.items) out.push(item);
    }
    return out;
  }

  private prefetch(token: string, signal?: AbortSignal): Prefetch {
    const controller = new AbortController();
    const onAbort = () => controller.abort(signal?.reason);
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const result = this.fetch(token, controller.signal);
    const done = () => signal?.removeEventListener('abort', onAbort);
    // It may fail before anyone awaits it; the error is seen when (if) it is awaited.
    result.then(done, done);
    return { token, result, cancel: () => controller.abort() };
  }

  private fetch(nextPageToken: string | undefined, signal?: AbortSignal): Promise<HttpResult> {
    const { path, query, pageSize } = this.spec;
    return this.http.request('GET', path, { ...query, page_size: pageSize, next_page_token: nextPageToken }, signal);
  }

  private toPage(result: HttpResult): Page<T> {
    const { body, at } = objectOf(result, `GET ${this.spec.path}`);
    const list = listField(body, this.spec.field, at);
    checkItems(list, this.spec.shape, at, this.spec.field);
    const token = body.next_page_token;
    const served = body.page_size;
    return {
      items: list as T[],
      totalRecords: totalRecords(body),
      nextPageToken: typeof token === 'string' && token !== '' ? token : undefined,
      pageSize: typeof served === 'number' && Number.isInteger(served) && served > 0 ? served : list.length,
    };
  }
}

interface Prefetch {
  token: string;
  result: Promise<HttpResult>;
  cancel(): void;
}
