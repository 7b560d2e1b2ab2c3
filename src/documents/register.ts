// Registers the read-only zoom-admin: file system and hands the commands what they need from it.
import * as vscode from 'vscode';
import type { ZoomLog } from '../log';
import type { Accounts } from '../auth/accounts';
import { ZoomDocumentProvider, type DocumentSources } from './provider';
import { buildUri, parseUri, SCHEME, type DocumentTarget } from './uri';

export interface ZoomDocuments {
  readonly scheme: 'zoom-admin';
  /** The URI of an object's document (its name, if given, goes into the tab title). */
  uriFor(target: DocumentTarget): vscode.Uri;
  /** The object a zoom-admin: URI names; undefined for other URIs. */
  targetOf(uri: vscode.Uri): DocumentTarget | undefined;
  /**
   * Fetches a document a command is about to open (the open one's content when it is open); throws
   * a FileSystemError naming the object, so the command can say what failed before VS Code would.
   */
  prepare(uri: vscode.Uri): Promise<void>;
  /** Fetches the document again and lets open editors re-read it; throws a FileSystemError naming the object. */
  refresh(uri: vscode.Uri): Promise<void>;
  /** What was fetched with an open document besides its body (DocumentSources.alongside). */
  extraOf(uri: vscode.Uri): unknown;
  /** Fires when documents are (re)loaded or re-read. */
  readonly onDidChange: vscode.Event<vscode.Uri[]>;
}

/** A restored editor may ask before sign-in has finished; this is how long its read waits for the account. */
const ACCOUNT_WAIT_MS = 5000;

export function registerDocuments(context: vscode.ExtensionContext, accounts: Accounts, log: ZoomLog, sources?: DocumentSources): ZoomDocuments {
  const portal = webPortal();
  const provider = new ZoomDocumentProvider(accounts, log, {
    sources,
    accountWaitMs: ACCOUNT_WAIT_MS,
    readonlyReason: () =>
      vscode.l10n.t(
        'Zoom documents are read-only: this extension only reads your Zoom account. Change settings in the Zoom web portal ({0}), under User Management > Groups.',
        portal,
      ),
  });
  const readonlyMessage = new vscode.MarkdownString(
    vscode.l10n.t(
      'Zoom documents are read-only: this extension only reads your Zoom account. To change these settings, sign in to the [Zoom web portal]({0}) as an admin and open **User Management > Groups**, then use Refresh here.',
      portal,
    ),
  );
  context.subscriptions.push(provider, vscode.workspace.registerFileSystemProvider(SCHEME, provider, { isCaseSensitive: true, isReadonly: readonlyMessage }));
  return {
    scheme: SCHEME,
    uriFor: (target) => vscode.Uri.from({ scheme: SCHEME, ...buildUri(target) }),
    targetOf: (uri) => (uri.scheme === SCHEME ? parseUri({ path: uri.path, query: uri.query }) : undefined),
    prepare: (uri) => provider.prepare(uri),
    refresh: (uri) => provider.refresh(uri),
    extraOf: (uri) => provider.extra(uri),
    onDidChange: (listener, thisArg, disposables) =>
      provider.onDidChangeFile(
        (events) => {
          listener.call(
            thisArg,
            events.map((e) => e.uri),
          );
        },
        undefined,
        disposables,
      ),
  };
}

/** The web portal of the Zoom cloud the account signs in to (zoom.us, or zoomgov.com for ZoomGov). */
function webPortal(): string {
  const oauth = vscode.workspace.getConfiguration('zoomAdmin').get<string>('oauthBaseUrl', 'https://zoom.us');
  return /^https:\/\/[^/?#]+/.exec(oauth)?.[0] ?? 'https://zoom.us';
}
