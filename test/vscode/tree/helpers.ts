// Steps shared by the directory tree suites: walk the real TreeDataProvider by label, read rows,
// count the simulator's requests, and read a `when` clause of the manifest.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DirNode } from '../../../src/tree/nodes/dirNode';
import type { DirectoryTree } from '../../../src/tree/register';
import { sim, type SimRequest } from '../sim';
import { EXTENSION_ID } from '../auth/helpers';

export function labelOf(tree: DirectoryTree, node: DirNode): string {
  const label = tree.getTreeItem(node).label;
  return typeof label === 'string' ? label : (label?.label ?? '');
}

export function itemOf(tree: DirectoryTree, node: DirNode): vscode.TreeItem {
  return tree.getTreeItem(node);
}

/**
 * A node's children once its first page is there: what the view shows after expanding it (the first
 * answer of a paged folder is its rows so far plus "Loading…"; the view is told when the page arrives).
 */
export async function childrenOf(tree: DirectoryTree, node?: DirNode): Promise<DirNode[]> {
  const first = await tree.getChildren(node);
  const folder = node as { firstPage?: () => Promise<void> } | undefined;
  if (!folder?.firstPage) return first;
  await folder.firstPage();
  return tree.getChildren(node);
}

/** The child with this label (fails listing the labels there are). */
export async function child(tree: DirectoryTree, node: DirNode | undefined, label: string): Promise<DirNode> {
  const children = await childrenOf(tree, node);
  const found = children.find((c) => labelOf(tree, c) === label);
  assert.ok(found, `no "${label}" under ${node?.id ?? 'the root'}; there are: ${children.map((c) => labelOf(tree, c)).join(', ')}`);
  return found;
}

/** Walks labels from a node: path(tree, acme, 'Users', 'Active'). */
export async function path(tree: DirectoryTree, from: DirNode | undefined, ...labels: string[]): Promise<DirNode> {
  let node = from;
  for (const label of labels) node = await child(tree, node, label);
  assert.ok(node);
  return node;
}

export function contextOf(tree: DirectoryTree, node: DirNode): string {
  return tree.getTreeItem(node).contextValue ?? '';
}

/** Children that are user rows (not "Load more", error or placeholder rows). */
export async function userRows(tree: DirectoryTree, node: DirNode): Promise<DirNode[]> {
  return (await childrenOf(tree, node)).filter((c) => /^zoom\.user/.test(contextOf(tree, c)));
}

export async function footerRow(tree: DirectoryTree, node: DirNode): Promise<DirNode | undefined> {
  return (await childrenOf(tree, node)).find((c) => /^zoom\.(loadMore|error|placeholder)$/.test(contextOf(tree, c)));
}

export function refOf(node: DirNode): { accountKey: string; subAccountId?: string; type: string; id?: string; email?: string; name?: string } {
  const ref = (node as unknown as { ref?: ReturnType<typeof refOf> }).ref;
  assert.ok(ref, `${node.id} carries no ref`);
  return ref;
}

/** Requests to one API path (prefix /v2 added), optionally with matching query values. */
export async function apiRequests(path: string, query: Record<string, string> = {}): Promise<SimRequest[]> {
  return (await sim.requests()).filter((r) => r.path === `/v2${path}` && Object.entries(query).every(([k, v]) => r.query[k] === v));
}

/** The `when` clauses of the manifest's view/item/context entries for a command. */
export function itemMenuWhen(command: string): string[] {
  const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
  return (manifest.contributes.menus['view/item/context'] as { command: string; when: string }[]).filter((m) => m.command === command).map((m) => m.when);
}

/** Evaluates the `viewItem =~ /re/` or `viewItem == x` part of a when clause for a contextValue. */
export function menuShows(when: string, contextValue: string): boolean {
  const re = /viewItem =~ \/(.+?)\/(?:\s|$)/.exec(when);
  if (re) return new RegExp(re[1]).test(contextValue);
  const eq = /viewItem == (\S+)/.exec(when);
  return eq ? eq[1] === contextValue : false;
}

export function count(n: number): string {
  return new Intl.NumberFormat(vscode.env.language).format(n);
}
