// The paged child list behind every folder of the tree (the AWS ChildNodeLoader idea): the rows
// loaded so far, the state the view shows (loading, error, more to load), and one page fetched only
// when asked. Walking the pages (the restart on code 300, the loop guard) is src/zoom/pageWalk.ts.
// No `vscode` import: unit-tested in Node.
import { isCancellation } from '../zoom/errors';
import { PageWalk, type FetchPage } from '../zoom/pageWalk';
import type { Page } from '../zoom/types';

export interface PagerOptions<R> {
  /** Names the list in a paging error ("active users"); asked when a walk starts. */
  name: () => string;
  fetch: FetchPage<R>;
  /** Called after every change of state (rows added, error, loading started or ended). */
  onChange?: () => void;
}

export class Pager<R> {
  private rows: R[] = [];
  private walk: PageWalk<R> | undefined;
  private started = false;
  private total: number | undefined;
  private failure: unknown;
  private inFlight: Promise<void> | undefined;
  private controller: AbortController | undefined;
  /** Bumped by reset(): answers of an older generation are dropped. */
  private generation = 0;
  private lastCancelled = false;

  constructor(private readonly options: PagerOptions<R>) {}

  get items(): readonly R[] {
    return this.rows;
  }
  /** total_records of the latest page, if the endpoint sends it. */
  get totalRecords(): number | undefined {
    return this.total;
  }
  get error(): unknown {
    return this.failure;
  }
  get loading(): boolean {
    return this.inFlight !== undefined;
  }
  /** The first page has arrived. */
  get loaded(): boolean {
    return this.started;
  }
  get hasMore(): boolean {
    return this.started && !this.walk?.done;
  }
  get done(): boolean {
    return this.started && !!this.walk?.done && this.failure === undefined;
  }

  /** The first page, once: later calls return the same promise or resolve at once. */
  first(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.started || this.failure !== undefined) return Promise.resolve();
    return this.run();
  }

  /** The next page, or the one that failed; concurrent calls share one request. */
  more(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.done) return Promise.resolve();
    return this.run();
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
    this.walk = undefined;
    this.started = false;
    this.total = undefined;
    this.failure = undefined;
    this.inFlight = undefined;
  }

  private run(): Promise<void> {
    const generation = this.generation;
    const controller = new AbortController();
    this.controller = controller;
    this.failure = undefined;
    this.lastCancelled = false;
    this.walk ??= new PageWalk(this.options.name(), this.options.fetch);
    const promise = this.walk
      .next(controller.signal)
      .then((page) => {
        if (generation === this.generation) this.accept(page);
      })
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

  private accept(page: Page<R>): void {
    for (const row of page.items) this.rows.push(row);
    this.started = true;
    if (page.totalRecords !== undefined) this.total = page.totalRecords;
  }
}
