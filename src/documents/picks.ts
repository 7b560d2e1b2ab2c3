// The questions the document commands ask when they are not given a row: which group (across
// every signed-in account and the sub accounts the tree has listed), which settings view, which
// fields. Each returns undefined on Escape.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { signedInAccounts, type SubAccountLists } from '../auth/pickAccount';
import { errorText } from '../errorText';
import type { LabelledScope, Scope, ZoomObjectRef } from '../objectRef';
import type { ZoomGroup } from '../zoom/types';
import { parseFieldList, type SettingsOption } from './uri';

export interface SettingsView {
  option?: SettingsOption;
  fields?: string[];
}

interface RefItem extends vscode.QuickPickItem {
  ref: ZoomObjectRef;
}

/**
 * One pick over objects listed per account (groups, roles, sub accounts). An account whose list
 * fails is named in a warning; the others still show.
 */
export async function pickFromAccounts(
  accounts: Accounts,
  placeHolder: string,
  list: (key: string) => Promise<ZoomObjectRef[]>,
  exclude?: ZoomObjectRef,
): Promise<ZoomObjectRef | undefined> {
  const signedIn = signedInAccounts(accounts);
  if (!signedIn) return undefined;
  const picked = await vscode.window.showQuickPick(itemsOfAccounts(signedIn, list, exclude), { placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return picked?.ref;
}

function itemsOfAccounts(
  signedIn: readonly { key: string; label: string }[],
  list: (key: string) => Promise<ZoomObjectRef[]>,
  exclude?: ZoomObjectRef,
): Promise<RefItem[]> {
  const several = signedIn.length > 1;
  return Promise.all(
    signedIn.map(async (account): Promise<RefItem[]> => {
      try {
        const refs = await list(account.key);
        return refs
          .filter((ref) => !isExcluded(ref, exclude))
          .map((ref) => ({ ref, label: ref.name ?? ref.id ?? '', description: several ? `${account.label} · ${ref.id}` : ref.id }));
      } catch (error) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Could not list the objects of Zoom account {0}: {1}', account.label, errorText(error)));
        return [];
      }
    }),
  ).then((perAccount) => perAccount.flat());
}

function isExcluded(ref: ZoomObjectRef, exclude: ZoomObjectRef | undefined): boolean {
  return !!exclude && ref.accountKey === exclude.accountKey && ref.id === exclude.id && ref.subAccountId === exclude.subAccountId;
}

/**
 * Where the group pick gets its lists (the directory's: the rows the tree has listed, else a request),
 * so groups already on screen are not fetched again.
 */
export interface GroupLists extends SubAccountLists {
  groupsOf(scope: Scope): Promise<readonly ZoomGroup[]>;
}

/** The groups of a scope (an account's own, or a sub account's) as refs to pick from. */
export async function groupRefs(lists: Pick<GroupLists, 'groupsOf'>, scope: Scope): Promise<ZoomObjectRef[]> {
  return (await lists.groupsOf(scope)).map((g) => ({ ...scope, type: 'group', id: g.id, name: g.name }));
}

/**
 * A group of the signed-in accounts, or of a sub account the tree has listed: the accounts' own
 * groups are listed at once, each known sub account is one more item whose groups
 * (GET /accounts/{id}/groups) are listed in a second pick only when it is chosen.
 */
export async function pickGroup(accounts: Accounts, lists: GroupLists, placeHolder: string, exclude?: ZoomObjectRef): Promise<ZoomObjectRef | undefined> {
  const signedIn = signedInAccounts(accounts);
  if (!signedIn) return undefined;
  type Item = vscode.QuickPickItem & { ref?: ZoomObjectRef; sub?: LabelledScope };
  const own: Promise<Item[]> = itemsOfAccounts(signedIn, (accountKey) => groupRefs(lists, { accountKey }), exclude);
  const known = signedIn.flatMap((account) => lists.subAccountsOf(account.key));
  const items = !known.length
    ? own
    : own.then((groups): Item[] => [
        ...groups,
        { kind: vscode.QuickPickItemKind.Separator, label: vscode.l10n.t('Groups of a sub account') },
        ...known.map(
          (sub): Item => ({ label: `$(type-hierarchy) ${sub.label}`, description: vscode.l10n.t('sub account: choose one of its groups next'), sub }),
        ),
      ]);
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  if (!picked?.sub) return picked?.ref;
  return pickSubAccountGroup(lists, picked.sub, placeHolder, exclude);
}

async function pickSubAccountGroup(lists: GroupLists, sub: LabelledScope, placeHolder: string, exclude?: ZoomObjectRef): Promise<ZoomObjectRef | undefined> {
  const { accountKey, subAccountId } = sub;
  const items = groupRefs(lists, { accountKey, subAccountId }).then(
    (groups) =>
      groups
        .filter((ref) => !isExcluded(ref, exclude))
        .map((ref): RefItem => ({ ref, label: ref.name ?? ref.id ?? '', description: `${sub.label} · ${ref.id}` })),
    (error: unknown): RefItem[] => {
      void vscode.window.showWarningMessage(vscode.l10n.t('Could not list the groups of {0}: {1}', sub.label, errorText(error)));
      return [];
    },
  );
  const picked = await vscode.window.showQuickPick(items, { title: sub.label, placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return picked?.ref;
}

/** The labels of the settings views, as the pick and diff titles show them ("all": no option). */
const VIEW_LABELS: Record<SettingsOption | 'all', () => string> = {
  all: () => vscode.l10n.t('All settings'),
  meeting_authentication: () => vscode.l10n.t('Meeting authentication'),
  recording_authentication: () => vscode.l10n.t('Recording authentication'),
  meeting_security: () => vscode.l10n.t('Meeting security'),
  security: () => vscode.l10n.t('Security'),
};

export function viewLabel(option: SettingsOption | undefined): string {
  return VIEW_LABELS[option ?? 'all']();
}

/** Which view of the settings; the field filter is asked only where Zoom applies it. */
export async function pickSettingsView(options: readonly SettingsOption[], askFields: boolean): Promise<SettingsView | undefined> {
  const items = [undefined, ...options].map((option) => ({ label: viewLabel(option), description: option, option }));
  const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Which settings do you want to see?'), ignoreFocusOut: true });
  if (!picked) return undefined;
  if (!askFields) return { option: picked.option };
  const fields = await askFieldFilter();
  return fields && { option: picked.option, fields };
}

/** Optional custom_query_fields: [] when left empty, undefined on Escape. */
async function askFieldFilter(): Promise<string[] | undefined> {
  const value = await vscode.window.showInputBox({
    title: vscode.l10n.t('Filter fields (optional)'),
    prompt: vscode.l10n.t('Only these settings, comma-separated (for example: host_video, waiting_room). Leave empty for all.'),
    ignoreFocusOut: true,
    validateInput: (text) => fieldFilterProblem(text),
  });
  if (value === undefined) return undefined;
  const parsed = parseFieldList(value);
  return 'fields' in parsed ? parsed.fields : undefined;
}

/** Why a field filter cannot be used, or undefined when it can. */
export function fieldFilterProblem(text: string): string | undefined {
  const parsed = parseFieldList(text);
  return 'invalid' in parsed
    ? vscode.l10n.t('"{0}" is not a setting name. Use names such as host_video (letters, digits and _), separated by commas.', parsed.invalid)
    : undefined;
}
