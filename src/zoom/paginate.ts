// Zoom's list endpoints as PagedList: next_page_token paging with the query fixed, the spec's
// maximum page size, and one restart from the first page when a page token expires (code 300,
// tokens live 15 minutes) without yielding anything twice.
//
// pages() asks for page N+1 as soon as page N's token is read from the raw text, so parsing and
// checking 2000 users (~15 ms) overlaps the next round trip instead of adding to it. The parsed
// token is then compared: if the early read was wrong, the early request is dropped and redone.
import { setImmediate } from 'node:timers/promises';
import { ZoomApiError } from './errors';
import { objectOf, type HttpResult, type Query, type ZoomHttp } from './http';
import { checkItems, listField, totalRecords, type Shape } from './validate';
import type { Page, PagedList } from './types';

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

/** Remembers yielded items by id, or email where there is no id (pending users, group admins). */
class SeenItems {
  private readonly ids = new Set<string>();
  private readonly emails = new Set<string>();

  add(item: Record<string, unknown>): void {
    if (typeof item.id === 'string' && item.id) this.ids.add(item.id);
    else if (typeof item.email === 'string' && item.email) this.emails.add(item.email.toLowerCase());
  }

  has(item: Record<string, unknown>): boolean {
    if (typeof item.id === 'string' && item.id) return this.ids.has(item.id);
    return typeof item.email === 'string' && this.emails.has(item.email.toLowerCase());
  }
}

export class ZoomPagedList<T> implements PagedList<T> {
  constructor(private readonly http: ZoomHttp, private readonly spec: ListSpec) {}

  async page(nextPageToken?: string, signal?: AbortSignal): Promise<Page<T>> {
    return this.toPage(await this.fetch(nextPageToken, signal));
  }

  async *pages(signal?: AbortSignal): AsyncIterable<Page<T>> {
    let ahead: Prefetch | undefined;
    try {
      let token: string | undefined;
      let restarted = false;
      // Needed only to drop repeats after a restart.
      const seen = new SeenItems();
      for (;;) {
        let page: Page<T>;
        const pending = ahead && ahead.token === token ? ahead.result : this.fetch(token, signal);
        if (ahead && ahead.token !== token) ahead.cancel();
        ahead = undefined;
        try {
          const result = await pending;
          const early = peekNextPageToken(result.body.text);
          if (early) {
            ahead = this.prefetch(early, signal);
            // Let the request reach the socket before the parse holds the thread for ~10 ms.
            await setImmediate();
          }
          page = this.toPage(result);
        } catch (error) {
          if (token !== undefined && !restarted && error instanceof ZoomApiError && error.code === 300) {
            restarted = true;
            token = undefined;
            continue;
          }
          throw error;
        }
        const items = restarted ? page.items.filter((item) => !seen.has(item as Record<string, unknown>)) : page.items;
        for (const item of items) seen.add(item as Record<string, unknown>);
        yield { ...page, items };
        if (!page.nextPageToken) return;
        token = page.nextPageToken;
      }
    } finally {
      // The consumer stopped, or the early token was wrong: nobody will read this one.
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
    return {
      items: list as T[],
      totalRecords: totalRecords(body),
      nextPageToken: typeof token === 'string' && token !== '' ? token : undefined,
    };
  }
}

interface Prefetch {
  token: string;
  result: Promise<HttpResult>;
  cancel(): void;
}
