// Zoom's list endpoints as PagedList: next_page_token paging with the query fixed, the spec's
// maximum page size, and one restart from the first page when a page token expires (code 300,
// tokens live 15 minutes) without yielding anything twice.
import { ZoomApiError } from './errors';
import type { Query, ZoomHttp } from './http';
import { checkShape, listField, totalRecords, type Shape } from './validate';
import type { Page, PagedList } from './types';

/** Spec maximum page sizes (zoom-api-facts.md §5). */
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

/** Items are told apart by id, or email where there is no id (pending users, group admins). */
function itemKey(item: Record<string, unknown>): string | undefined {
  if (typeof item.id === 'string' && item.id) return `id:${item.id}`;
  if (typeof item.email === 'string' && item.email) return `email:${item.email.toLowerCase()}`;
  return undefined;
}

export class ZoomPagedList<T> implements PagedList<T> {
  constructor(private readonly http: ZoomHttp, private readonly spec: ListSpec) {}

  async page(nextPageToken?: string, signal?: AbortSignal): Promise<Page<T>> {
    const { path, query, field, pageSize, shape } = this.spec;
    const { body, at } = await this.http.getObject(path, { ...query, page_size: pageSize, next_page_token: nextPageToken }, signal);
    const list = listField(body, field, at);
    for (let i = 0; i < list.length; i++) checkShape(list[i], shape, at, `${field}[${i}]`);
    const token = body.next_page_token;
    return {
      items: list as T[],
      totalRecords: totalRecords(body),
      nextPageToken: typeof token === 'string' && token !== '' ? token : undefined,
    };
  }

  async *pages(signal?: AbortSignal): AsyncIterable<Page<T>> {
    let token: string | undefined;
    let restarted = false;
    // Keys of what was yielded, needed only to drop repeats after a restart.
    const seen = new Set<string>();
    for (;;) {
      let page: Page<T>;
      try {
        page = await this.page(token, signal);
      } catch (error) {
        if (token !== undefined && !restarted && error instanceof ZoomApiError && error.code === 300) {
          restarted = true;
          token = undefined;
          continue;
        }
        throw error;
      }
      const items = restarted ? page.items.filter((item) => !seen.has(itemKey(item as Record<string, unknown>) ?? '')) : page.items;
      for (const item of items) {
        const key = itemKey(item as Record<string, unknown>);
        if (key) seen.add(key);
      }
      yield { ...page, items };
      if (!page.nextPageToken) return;
      token = page.nextPageToken;
    }
  }

  async all(signal?: AbortSignal): Promise<T[]> {
    const out: T[] = [];
    for await (const page of this.pages(signal)) {
      for (const item of page.items) out.push(item);
    }
    return out;
  }
}
