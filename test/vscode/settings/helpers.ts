// Shared steps of the settings suites: where a key is in an open document, and what the language
// features answer there.
import * as assert from 'node:assert/strict';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import * as vscode from 'vscode';

/** The position of the middle of a key ("in_meeting", "waiting_room") in a document. */
export function keyPosition(doc: vscode.TextDocument, path: (string | number)[]): vscode.Position {
  const root = parseTree(doc.getText());
  const value = root && findNodeAtLocation(root, path);
  const key = value?.parent?.children?.[0];
  assert.ok(key && key.type === 'string', `no key ${path.join('.')} in ${doc.uri.toString()}`);
  return doc.positionAt(key.offset + Math.floor(key.length / 2));
}

/** The hover texts the providers give at a key, joined. */
export async function hoverText(doc: vscode.TextDocument, path: (string | number)[]): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, keyPosition(doc, path));
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n---\n');
}

export type Json = Record<string, unknown>;

export function valueAt(body: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json)[k] : undefined), body);
}

/** Every path whose value is `true` in a lock body. */
export function truePaths(body: unknown, prefix: string[] = []): string[][] {
  if (body === true) return [prefix];
  if (!body || typeof body !== 'object' || Array.isArray(body)) return [];
  return Object.entries(body).flatMap(([k, v]) => truePaths(v, [...prefix, k]));
}
