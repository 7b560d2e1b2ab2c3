// The paged child list behind every folder of the tree (the AWS ChildNodeLoader idea): it holds the
// rows loaded so far and fetches a page only when asked. No `vscode` import: unit-tested in Node.
import { isCancellation } from '../zoom/errors';

export interface PageOf<R> {
  items: R[];
  totalRecords?: number;
  nextPageToken?: string;
}

export type FetchPage<R> = (nextPageToken: string | undefined, signal: AbortSignal) => Promise<PageOf<R>>;

export interface PagerOptions<R> {
  fetch: FetchPage<R>;
  /** Unique per row: a row whose key is already shown is never added twice. */
  keyOf: (row: R) => string;
  /** True for Zoom's "next page token expired" (code 300): restart from page 1. */
  isExpiredToken: (error: unknown) => boolean;
  /** Called after every change of state (rows added, error, loading started or ended). */
  onChange?: () => void;
}

/** What rows outside the folder read of its pager (covariant, so any folder fits). */
export interface PagerView {
  readonly items: readonly unknown[];
  readonly totalRecords: number | undefined;
  readonly error: unknown;
  readonly loading: boolean;
  readonly loaded: boolean;
  readonly hasMore: boolean;
  readonly done: boolean;
}

export class Pager<R> implements PagerView {
  private rows: R[] = [];
  private keys = new Set<string>();
  private token: string | undefined;
  private started = false;
  private total: number | undefined;
  private failure: unknown;
  private inFlight: Promise<void> | undefined;
  private controller: AbortController | undefined;
  /** Bumped by reset(): answers of an older generation are dropped. */
  private generation = 0;
  private requestCount = 0;
  private lastCancelled = false;

  constructor(private readonly options: PagerOptions<R>) {}

  get items(): readonly R[] { return this.rows; }
  /** total_records of the latest page, if the endpoint sends it. */
  get totalRecords(): number | undefined { return this.total; }
  get error(): unknown { return this.failure; }
  get loading(): boolean { return this.inFlight !== undefined; }
  /** The first page has arrived. */
  get loaded(): boolean { return this.started; }
  get hasMore(): boolean { return this.started && this.token !== undefined; }
  get done(): boolean { return this.started && this.token === undefined && this.failure === undefined; }
  /** Pages requested since the last reset (for the tree's "Load all" progress and tests). */
  get requests(): number { return this.requestCount; }

  /** The first page, once: later calls return the same promise or resolve at once. */
  first(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.started || this.failure !== undefined) return Promise.resolve();
    return this.run(undefined);
  }

  /** The next page, or the one that failed; concurrent calls share one request. */
  more(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.started && this.token === undefined && this.failure === undefined) return Promise.resolve();
    return this.run(this.started ? this.token : undefined);
  }

  /** Every remaining page; stops at the first error, or when `signal` aborts (rows kept). */
  async all(signal?: AbortSignal): Promise<void> {
    const stop = () => this.cancel();
    signal?.addEventListener('abort', stop);
    try {
      do {
        await this.more();
      } while (!signal?.aborted && !this.lastCancelled && this.failure === undefined && !this.done);
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  }

  /** Aborts the request in flight; rows already shown stay, the page can be asked for again. */
  cancel(): void {
    this.controller?.abort();
  }

  /** Forgets everything: the next first() fetches page 1 again. */
  reset(): void {
    this.cancel();
    this.generation++;
    this.rows = [];
    this.keys = new Set();
    this.token = undefined;
    this.started = false;
    this.total = undefined;
    this.failure = undefined;
    this.inFlight = undefined;
    this.requestCount = 0;
  }

  private run(token: string | undefined): Promise<void> {
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    this.failure = undefined;
    this.lastCancelled = false;
    const promise = this.load(token, controller.signal, generation)
      .catch((error: unknown) => {
        if (generation !== this.generation) return;
        if (isCancellation(error) || controller.signal.aborted) this.lastCancelled = true;
        else this.failure = error;
      })
      .finally(() => {
        if (generation !== this.generation) return;
        if (this.inFlight === promise) this.inFlight = undefined;
        if (this.controller === controller) this.controller = undefined;
        this.options.onChange?.();
      });
    this.inFlight = promise;
    this.options.onChange?.();
    return promise;
  }

  private async load(token: string | undefined, signal: AbortSignal, generation: number): Promise<void> {
    let page: PageOf<R>;
    try {
      page = await this.fetch(token, signal);
    } catch (error) {
      if (token === undefined || !this.options.isExpiredToken(error)) throw error;
      return this.restart(signal, generation);
    }
    if (generation === this.generation) this.accept(page);
  }

  /** The page token expired: walk again from page 1 until a page brings rows not shown yet. */
  private async restart(signal: AbortSignal, generation: number): Promise<void> {
    let token: string | undefined;
    do {
      const page = await this.fetch(token, signal);
      if (generation !== this.generation) return;
      token = page.nextPageToken;
      if (this.accept(page) > 0) return;
    } while (token !== undefined);
  }

  private fetch(token: string | undefined, signal: AbortSignal): Promise<PageOf<R>> {
    this.requestCount++;
    return this.options.fetch(token, signal);
  }

  /** Appends the page's new rows; returns how many were new. */
  private accept(page: PageOf<R>): number {
    let added = 0;
    for (const row of page.items) {
      const key = this.options.keyOf(row);
      if (this.keys.has(key)) continue;
      this.keys.add(key);
      this.rows.push(row);
      added++;
    }
    this.started = true;
    this.token = page.nextPageToken || undefined;
    if (page.totalRecords !== undefined) this.total = page.totalRecords;
    return added;
  }
}
