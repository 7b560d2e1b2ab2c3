// Zoom: Find Setting Across Groups: which account (a row's, or a pick), which sub accounts' groups
// too (a master's listed sub accounts), which key or whole section (every key path of group
// settings, searchable by key and by the words of its description); then the read-only Markdown
// document settings/across/ makes. Programmatic form: (scope row or { scope }, { key, subAccounts? }).
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import type { AcrossKind } from '../documents/uri';
import type { Scope } from '../objectRef';
import { rememberScopeLabel } from '../settings/across/load';
import { KEY_PATH, settingKeys, settingSections } from '../settings/across/keys';
import { keyDocs } from '../settings/keyDocs';
import type { DirectoryTree } from '../tree/register';
import { failWith, messageOf } from '../failure';
import { pickAccount } from '../auth/pickAccount';

interface Given {
  key?: unknown;
  subAccounts?: unknown;
}

export function findSettingAcrossGroups(documents: ZoomDocuments, tree: DirectoryTree) {
  return async (arg?: unknown, given?: Given): Promise<vscode.Uri | undefined> => {
    const scope = await pickAccount(tree.accounts, arg, { title: vscode.l10n.t('Find Setting Across Groups'), subAccounts: tree.lists });
    if (!scope) return undefined;
    rememberScopeLabel(scope);
    const include = await pickSubAccounts(tree, scope, given?.subAccounts);
    if (!include) return undefined;
    const picked = typeof given?.key === 'string' ? keyOf(given.key) : await pickKey();
    if (!picked) return undefined;
    const uri = documents.uriFor({
      accountKey: scope.accountKey,
      ...(scope.subAccountId ? { subAccountId: scope.subAccountId } : {}),
      kind: picked.kind,
      id: picked.path,
      ...(include.length ? { include } : {}),
    });
    const show = async () => {
      // Asked again: read Zoom again (an open document would otherwise show the earlier answer).
      if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString())) await documents.refresh(uri);
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    };
    await failWith(show(), messageOf);
    return uri;
  };
}

function keyOf(path: string): { kind: AcrossKind; path: string } {
  if (!KEY_PATH.test(path)) throw new Error(vscode.l10n.t('"{0}" is not a settings key path such as in_meeting.waiting_room.', path));
  return { kind: path.includes('.') ? 'settingAcross' : 'sectionAcross', path };
}

/** The sub accounts whose groups are read too: given, or picked among those the tree has listed (none listed: none). */
async function pickSubAccounts(tree: DirectoryTree, scope: Scope, given: unknown): Promise<string[] | undefined> {
  const known = scope.subAccountId ? [] : tree.lists.subAccountsOf(scope.accountKey);
  for (const s of known) rememberScopeLabel(s);
  if (Array.isArray(given)) return given.filter((id): id is string => typeof id === 'string' && !!id && id !== scope.subAccountId);
  if (!known.length) return [];
  const picked = await vscode.window.showQuickPick(
    known.map((s) => ({ label: s.label, description: s.subAccountId, id: s.subAccountId! })),
    {
      canPickMany: true,
      title: vscode.l10n.t('Find Setting Across Groups'),
      placeHolder: vscode.l10n.t("Also read the groups of which sub accounts? (none: only this account's)"),
      ignoreFocusOut: true,
    },
  );
  return picked?.map((p) => p.id);
}

interface KeyItem extends vscode.QuickPickItem {
  target?: { kind: AcrossKind; path: string };
}

async function pickKey(): Promise<{ kind: AcrossKind; path: string } | undefined> {
  const language = vscode.env.language;
  const docs = await keyDocs();
  const item =
    (kind: AcrossKind) =>
    (k: { path: string; description?: string }): KeyItem => ({
      label: k.path,
      target: { kind, path: k.path },
      ...(kind === 'sectionAcross' ? { description: vscode.l10n.t('whole section: one row per key, one column per group') } : {}),
      ...(k.description ? { detail: k.description.replace(/\s+/g, ' ').slice(0, 300) } : {}),
    });
  const separator = (label: string): KeyItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const items: KeyItem[] = [
    separator(vscode.l10n.t('Settings')),
    ...settingKeys(language, docs).map(item('settingAcross')),
    separator(vscode.l10n.t('Sections')),
    ...settingSections(language, docs).map(item('sectionAcross')),
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Find Setting Across Groups'),
    placeHolder: vscode.l10n.t('Which setting? Type a key (in_meeting.waiting_room) or words of its description'),
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  return picked?.target;
}
