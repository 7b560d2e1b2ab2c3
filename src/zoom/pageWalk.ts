// The one place that knows how Zoom's pages are walked: one page per next(), the query fixed by
// whoever fetches, every item yielded once. Two rules live here and nowhere else:
// - restart: an expired or unknown next_page_token (code 300; tokens live 15 minutes) restarts the
//   walk from the first page, once; the pages replayed add only items not yielded yet;
// - loop guard: a server that repeats a token, sends a page with nothing new, or sends more pages
//   than total_records can fill would make the walk endless (and memory grow without bound). The
//   walk stops with a ZoomPagingError instead; what it yielded before stays with the caller.
// The state moves only when a page is accepted, so a failed or cancelled next() can be called again
// and asks for the same page.
import { ZoomApiError, ZoomPagingError } from './errors';
import type { Page } from './types';

/** One page of the list: the first when the token is undefined. */
export type FetchPage<T> = (nextPageToken: string | undefined, signal?: AbortSignal) => Promise<Page<T>>;

/** Pages allowed beyond ceil(total_records / page size): rows added while the list is walked. */
export const SPARE_PAGES = 2;

/** Zoom's "next page token is invalid or expired" (code 300 on a request that carried a token). */
function isExpiredPageToken(error: unknown): boolean {
  return error instanceof ZoomApiError && error.code === 300;
}

/**
 * Items by id, or email where there is none (pending users, group admins); tree rows by their id.
 * Two sets of the strings as sent, not one of built keys: a 100,000-user walk then makes no
 * string per item, and the ids it holds are the items' own.
 */
class SeenItems {
  private readonly ids = new Set<string>();
  private readonly emails = new Set<string>();

  /** The set and key an item is known by; undefined when it has neither id nor email. */
  private keyOf(item: unknown): [Set<string>, string] | undefined {
    const { id, email } = (item ?? {}) as { id?: unknown; email?: unknown };
    if (typeof id === 'string' && id) return [this.ids, id];
    return typeof email === 'string' && email ? [this.emails, email.toLowerCase()] : undefined;
  }

  /** The items not seen before (an item with neither id nor email always counts as new). */
  fresh<T>(items: readonly T[]): T[] {
    return items.filter((item) => {
      const key = this.keyOf(item);
      return key === undefined || !key[0].has(key[1]);
    });
  }

  add(items: readonly unknown[]): void {
    for (const item of items) {
      const key = this.keyOf(item);
      key?.[0].add(key[1]);
    }
  }
}

export class PageWalk<T> {
  private token: string | undefined;
  private started = false;
  private restarted = false;
  /** After the restart, until a page brings something new: pages already walked come again. */
  private replaying = false;
  /** Pages accepted since the walk (re)started, and before the restart. */
  private pageCount = 0;
  private pagesBeforeRestart = 0;
  private readonly tokens = new Set<string>();
  private readonly seen = new SeenItems();
  /** The largest page the server served: the guard counts with it, not with the size asked for. */
  private served = 0;
  private total: number | undefined;

  constructor(
    /** Names the list in a ZoomPagingError. */
    readonly list: string,
    private readonly fetch: FetchPage<T>,
  ) {}

  /** The last page has been yielded. */
  get done(): boolean {
    return this.started && this.token === undefined;
  }

  /**
   * The next page, holding only items not yielded before (none once done). Throws what the fetch
   * throws, or a ZoomPagingError when the list would not end; either way nothing has moved.
   */
  async next(signal?: AbortSignal): Promise<Page<T>> {
    if (this.done) return { items: [], totalRecords: this.total };
    for (;;) {
      let page: Page<T>;
      try {
        page = await this.fetch(this.token, signal);
      } catch (error) {
        if (this.token === undefined || this.restarted || !isExpiredPageToken(error)) throw error;
        this.restart();
        continue;
      }
      const items = this.accept(page);
      if (items.length > 0 || this.done || !this.replaying) return { ...page, items, nextPageToken: this.token };
    }
  }

  private restart(): void {
    this.restarted = true;
    this.replaying = true;
    this.pagesBeforeRestart = this.pageCount;
    this.pageCount = 0;
    this.token = undefined;
    // The server hands out new tokens for the pages walked again.
    this.tokens.clear();
  }

  /** Checks the page against the guard, then moves on past it; returns its new items. */
  private accept(page: Page<T>): T[] {
    const number = this.pageCount + 1;
    const next = page.nextPageToken || undefined;
    const items = this.seen.fresh(page.items);
    const served = Math.max(this.served, page.pageSize ?? page.items.length);
    const total = page.totalRecords ?? this.total;
    if (next !== undefined) {
      if (next === this.token || this.tokens.has(next)) throw new ZoomPagingError('pageTokenRepeated', this.list, number);
      if (items.length === 0 && !this.replaying) throw new ZoomPagingError('pageWithoutNewRows', this.list, number);
    }
    const limit = total !== undefined && served > 0 ? Math.ceil(total / served) + SPARE_PAGES : undefined;
    // Without a total, a replay still cannot be longer than the walk it replays.
    const replayLimit = this.replaying ? this.pagesBeforeRestart + SPARE_PAGES : undefined;
    if ((limit !== undefined && number > limit) || (replayLimit !== undefined && number > replayLimit)) {
      throw new ZoomPagingError('tooManyPages', this.list, number, total);
    }
    if (this.token !== undefined) this.tokens.add(this.token);
    this.token = next;
    this.started = true;
    this.pageCount = number;
    this.served = served;
    this.total = total;
    this.seen.add(items);
    if (items.length > 0) this.replaying = false;
    return items;
  }
}
