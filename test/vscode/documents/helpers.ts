// Shared steps of the document suites: the extension's document API, what the simulator itself
// serves for a path (fetched directly with a token of the demo app, which never reaches output),
// and waiting for VS Code's editors and documents.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../../../src/documents/register';
import type { ZoomObjectRef } from '../../../src/objectRef';
import { startSignedOut, type ExtensionExports, type SimAccount } from '../auth/helpers';
import { recordSecrets } from '../recorded';
import { sim } from '../sim';

export type DocumentsExports = ExtensionExports & { documents: ZoomDocuments };

/** A row-shaped argument, as the tree passes it to commands. */
export const row = (ref: ZoomObjectRef) => ({ ref });

/** The simulator's own body for an API path (relative to /v2), fetched without the extension. */
export async function simBody(account: SimAccount, path: string, query: Record<string, string | undefined> = {}): Promise<string> {
  const token = await simToken(account);
  const url = new URL(`${sim.url()}/v2${path}`);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, v);
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  assert.equal(res.status, 200, `the simulator answered ${path} with HTTP ${res.status}`);
  return text;
}

const tokens = new Map<string, string>();

async function simToken(account: SimAccount): Promise<string> {
  const cached = tokens.get(account.accountId);
  if (cached) return cached;
  const res = await fetch(`${sim.url()}/oauth/token`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${account.clientId}:${account.clientSecret}`).toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({ grant_type: 'account_credentials', account_id: account.accountId }).toString(),
  });
  assert.equal(res.status, 200, `the simulator refused the demo app's token request (HTTP ${res.status})`);
  const token = ((await res.json()) as { access_token: string }).access_token;
  recordSecrets([token]); // the leak test checks it never shows up anywhere
  tokens.set(account.accountId, token);
  return token;
}

/** startSignedOut for the document suites: also forgets the tokens of the simulator's previous world. */
export async function startDocumentsSignedOut(): Promise<DocumentsExports> {
  tokens.clear();
  return (await startSignedOut()) as DocumentsExports;
}

/** JSON text with the whitespace outside strings removed: equal means same keys, order and number spelling. */
export function squeeze(json: string): string {
  return json.replace(/"(?:[^"\\]|\\.)*"|\s+/g, (m) => (m.startsWith('"') ? m : ''));
}

export function activeTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.activeTabGroup.activeTab;
}

export function tabsShowing(uri: vscode.Uri): vscode.Tab[] {
  const same = (u: vscode.Uri) => u.toString() === uri.toString();
  return vscode.window.tabGroups.all
    .flatMap((g) => g.tabs)
    .filter(
      ({ input }) =>
        (input instanceof vscode.TabInputText && same(input.uri)) ||
        (input instanceof vscode.TabInputTextDiff && (same(input.original) || same(input.modified))),
    );
}

/** Resolves when the document's text satisfies `done` (checked now, unless `onlyAfterChange`, and on every change). */
export function documentBecomes(uri: vscode.Uri, done: (text: string) => boolean, onlyAfterChange = false): Promise<vscode.TextDocument> {
  const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (!onlyAfterChange && current && done(current.getText())) return Promise.resolve(current);
  return new Promise((resolve) => {
    const sub = vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document.uri.toString() === uri.toString() && done(e.document.getText())) {
        sub.dispose();
        resolve(e.document);
      }
    });
  });
}

/** Resolves once no tab shows the URI (checked now and on every tab change). */
export function tabsClosed(uri: vscode.Uri): Promise<void> {
  if (!tabsShowing(uri).length) return Promise.resolve();
  return new Promise((resolve) => {
    const sub = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (!tabsShowing(uri).length) {
        sub.dispose();
        resolve();
      }
    });
  });
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The rejection message of a promise that must fail. */
export async function failure(promise: Thenable<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
  assert.fail('expected a failure, but it succeeded');
}
