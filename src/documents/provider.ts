// The read-only zoom-admin: file system. A document's JSON is fetched from Zoom the first time
// VS Code asks for it (stat, then readFile: one request, shared), kept while the document is
// open, and fetched again on refresh. Writes are refused with the reason.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { ZoomLog } from '../log';
import type { ZoomApi } from '../zoom/api';
import { describeDocument, logName } from './describe';
import { errorText } from '../errorText';
import { documentError } from './errors';
import { formatJson, tabSizeOf, type Indentation } from './format';
import { requestFor } from './request';
import { isRawKind, parseUri, SCHEME, type DocumentTarget } from './uri';
import { messageOf } from '../failure';

interface Entry {
  uri: vscode.Uri;
  /** Zoom's body as received; re-indented when the editor's indentation settings change. */
  raw: string;
  content: Uint8Array;
  /** What DocumentSources.alongside fetched with this document (undefined when nothing). */
  extra?: unknown;
  ctime: number;
  mtime: number;
}

/** Documents that need more than requestFor's one GET (settings/sources.ts). */
export interface DocumentSources {
  /** The body of a document made from several requests; undefined: the one GET of requestFor. */
  load?(target: DocumentTarget, client: ZoomApi): Promise<string> | undefined;
  /** Data fetched together with the document and refreshed with it (a failure here is the source's to report). */
  alongside?(target: DocumentTarget, client: ZoomApi): Promise<unknown> | undefined;
}

export interface ProviderOptions {
  sources?: DocumentSources;
  /** How long a read waits for its account to be signed in (a restored editor may ask before sign-in completes). */
  accountWaitMs: number;
  /** The sentence telling why documents cannot be changed (NoPermissions errors). */
  readonlyReason: () => string;
}

export class ZoomDocumentProvider implements vscode.FileSystemProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  private readonly cache = new Map<string, Entry>();
  private readonly inflight = new Map<string, Promise<Entry>>();
  /** A not-found from stat, handed to the readFile that follows (see stat). */
  private readonly missing = new Map<string, vscode.FileSystemError>();
  /** Documents being put back after an edit VS Code let through (guards against a reload loop). */
  private readonly restoring = new Set<string>();
  private readonly encoder = new TextEncoder();
  private readonly decoder = new TextDecoder();
  private lastMtime = 0;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(
    private readonly accounts: Accounts,
    private readonly log: ZoomLog,
    private readonly options: ProviderOptions,
  ) {
    this.disposables.push(
      // Closed documents are fetched fresh when opened again.
      vscode.workspace.onDidCloseTextDocument((doc) => this.cache.delete(doc.uri.toString())),
      vscode.workspace.onDidChangeTextDocument((e) => this.undoEdit(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (['editor.tabSize', 'editor.insertSpaces', 'files.eol'].some((s) => e.affectsConfiguration(s, { languageId: 'json' }))) this.reindent();
      }),
    );
  }

  /** The target a URI names; throws FileNotFound for a path that is not a Zoom document, or names a path-walking ID. */
  target(uri: vscode.Uri): DocumentTarget {
    let target: DocumentTarget | undefined;
    try {
      target = parseUri({ path: uri.path, query: uri.query });
    } catch (error) {
      throw vscode.FileSystemError.FileNotFound(errorText(error));
    }
    if (!target) throw vscode.FileSystemError.FileNotFound(vscode.l10n.t('{0} does not name a Zoom object.', uri.toString(true)));
    return target;
  }

  async stat(uri: vscode.Uri): Promise<vscode.FileStat> {
    const readonly = { type: vscode.FileType.File, permissions: vscode.FilePermission.Readonly };
    try {
      const entry = await this.load(uri);
      return { ...readonly, ctime: entry.ctime, mtime: entry.mtime, size: entry.content.byteLength };
    } catch (error) {
      // VS Code replaces a FileNotFound from stat with its own "nonexistent file" text, losing which
      // object is gone and why; from readFile it keeps our message. So stat lets the read fail.
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound') || !names(uri)) throw error;
      this.missing.set(uri.toString(), error);
      const now = this.nextMtime();
      return { ...readonly, ctime: now, mtime: now, size: 0 };
    }
  }

  async readFile(uri: vscode.Uri): Promise<Uint8Array> {
    const missing = this.missing.get(uri.toString());
    if (missing) {
      this.missing.delete(uri.toString());
      throw missing;
    }
    return (await this.load(uri)).content;
  }

  /**
   * Fetches the document for a command that is about to open it: from the cache when an editor
   * has it open, fresh otherwise (an entry fetched for an editor that never opened is not trusted).
   * Throws like readFile.
   */
  async prepare(uri: vscode.Uri): Promise<void> {
    const key = uri.toString();
    if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === key)) this.forget(key);
    await this.load(uri);
  }

  /** What DocumentSources.alongside fetched with the open document, if anything. */
  extra(uri: vscode.Uri): unknown {
    return this.cache.get(uri.toString())?.extra;
  }

  /** Fetches the object again; VS Code re-reads open editors on the change event. Throws like readFile. */
  async refresh(uri: vscode.Uri): Promise<void> {
    this.forget(uri.toString());
    await this.load(uri);
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  watch(): vscode.Disposable {
    // Changes come only from refresh(), which fires onDidChangeFile itself.
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw this.refused();
  }

  writeFile(): void {
    throw this.refused();
  }

  delete(): void {
    throw this.refused();
  }

  rename(): void {
    throw this.refused();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private forget(key: string): void {
    this.cache.delete(key);
    this.inflight.delete(key);
    this.missing.delete(key);
  }

  private refused(): vscode.FileSystemError {
    return vscode.FileSystemError.NoPermissions(this.options.readonlyReason());
  }

  private load(uri: vscode.Uri): Promise<Entry> {
    const key = uri.toString();
    const cached = this.cache.get(key);
    if (cached) return Promise.resolve(cached);
    const running = this.inflight.get(key);
    if (running) return running;
    // Concurrent stat/readFile share one request; a refresh meanwhile supersedes it (not cached).
    const pending: Promise<Entry> = this.fetch(uri, this.target(uri))
      .then((entry) => {
        if (this.inflight.get(key) === pending) this.cache.set(key, entry);
        return entry;
      })
      .finally(() => {
        if (this.inflight.get(key) === pending) this.inflight.delete(key);
      });
    this.inflight.set(key, pending);
    return pending;
  }

  private async fetch(uri: vscode.Uri, target: DocumentTarget): Promise<Entry> {
    await this.accountReady(target);
    const { path, query } = requestFor(target);
    const client = this.accounts.client(target.accountKey);
    const { sources } = this.options;
    let raw: string;
    let extra: unknown;
    try {
      [raw, extra] = await Promise.all([sources?.load?.(target, client) ?? client.getText(path, query), sources?.alongside?.(target, client)]);
    } catch (error) {
      this.log.warn(`Could not load ${logName(target)}: ${messageOf(error)}`);
      throw documentError(target, error);
    }
    this.log.debug(`Loaded ${logName(target)} (${raw.length} chars)`);
    const now = this.nextMtime();
    return { uri, raw, content: this.encoder.encode(render(target, raw)), extra, ctime: now, mtime: now };
  }

  /** A restored editor can ask before its account is listed: wait a moment for sign-in, then say what to do. */
  private async accountReady(target: DocumentTarget): Promise<void> {
    const key = target.accountKey;
    if (this.accounts.get(key)) return;
    const appeared = await new Promise<boolean>((resolve) => {
      const done = (value: boolean) => {
        clearTimeout(timer);
        subscription.dispose();
        resolve(value);
      };
      const timer = setTimeout(() => done(false), this.options.accountWaitMs);
      const subscription = this.accounts.onDidChange(() => {
        if (this.accounts.get(key)) done(true);
      });
    });
    if (!appeared) {
      throw vscode.FileSystemError.Unavailable(
        vscode.l10n.t(
          'Cannot show {0}: Zoom account {1} is not signed in. Sign in to {1} (Zoom: Sign In), then open the document again.',
          describeDocument(target),
          key,
        ),
      );
    }
  }

  /**
   * VS Code applies a WorkspaceEdit even to a read-only document (it only stops typing). Put the
   * document back: a new mtime makes VS Code reload it from here (a read-only model is never dirty).
   */
  private undoEdit(e: vscode.TextDocumentChangeEvent): void {
    const { uri } = e.document;
    if (uri.scheme !== SCHEME || !e.contentChanges.length) return;
    const key = uri.toString();
    const entry = this.cache.get(key);
    if (!entry || e.document.getText() === this.decoder.decode(entry.content)) {
      this.restoring.delete(key); // our own load or reload
      return;
    }
    if (this.restoring.has(key)) {
      this.restoring.delete(key);
      this.log.warn(`Could not put back ${logName(this.target(uri))} after an edit; use Refresh.`);
      return;
    }
    this.restoring.add(key);
    this.log.debug(`Undoing an edit of read-only ${logName(this.target(uri))}`);
    entry.mtime = this.nextMtime();
    this.changed.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  private reindent(): void {
    const events: vscode.FileChangeEvent[] = [];
    for (const entry of this.cache.values()) {
      if (isRawKind(this.target(entry.uri).kind)) continue;
      entry.content = this.encoder.encode(formatJson(entry.raw, indentation()));
      entry.mtime = this.nextMtime();
      events.push({ type: vscode.FileChangeType.Changed, uri: entry.uri });
    }
    if (events.length) this.changed.fire(events);
  }

  /** Strictly increasing, so VS Code never mistakes new content for the old (it compares mtime and size). */
  private nextMtime(): number {
    this.lastMtime = Math.max(Date.now(), this.lastMtime + 1);
    return this.lastMtime;
  }
}

/** True when the URI names a Zoom object (an ID that walks the path does not). */
function names(uri: vscode.Uri): boolean {
  try {
    return parseUri({ path: uri.path, query: uri.query }) !== undefined;
  } catch {
    return false;
  }
}

/** The document's text: JSON indented as the editor is set up; the Markdown tables as made. */
function render(target: DocumentTarget, raw: string): string {
  return isRawKind(target.kind) ? raw : formatJson(raw, indentation());
}

/** The editor's indentation for JSON, which is what the document is formatted with. */
function indentation(): Indentation {
  const editor = vscode.workspace.getConfiguration('editor', { languageId: 'json' });
  const files = vscode.workspace.getConfiguration('files', { languageId: 'json' });
  const eol = files.get<string>('eol', 'auto');
  return {
    tabSize: tabSizeOf(editor.get<unknown>('tabSize')),
    insertSpaces: editor.get<boolean>('insertSpaces', true),
    eol: eol === '\r\n' || (eol === 'auto' && process.platform === 'win32') ? '\r\n' : '\n',
  };
}
