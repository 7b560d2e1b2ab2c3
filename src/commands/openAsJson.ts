// Zoom: Open as JSON: a user, group, role or sub account exactly as the API returns it. From a
// row it opens at once; from the palette it asks what kind of object, then which one.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { pickAccount } from '../auth/pickAccount';
import { errorText } from '../errorText';
import { showDocument } from '../documents/open';
import { groupRefs, pickFromAccounts } from '../documents/picks';
import type { ZoomDocuments } from '../documents/register';
import type { DocumentKind } from '../documents/uri';
import { refOf, type ZoomObjectRef } from '../objectRef';
import type { DirectoryTree } from '../tree/register';
import { userDisplayName } from '../tree/userText';
import { failWith } from '../failure';

type ObjectKind = Extract<DocumentKind, 'user' | 'group' | 'role' | 'subAccount'>;
const KIND_OF_TYPE: Partial<Record<ZoomObjectRef['type'], ObjectKind>> = { user: 'user', group: 'group', role: 'role', subAccount: 'subAccount' };

export function openAsJson(accounts: Accounts, documents: ZoomDocuments, tree: DirectoryTree) {
  return async (arg?: unknown): Promise<vscode.Uri | undefined> => {
    const given = refOf(arg);
    // Pending users have no ID yet, but Get user takes an email address as well.
    const givenId = given && (given.id ?? (given.type === 'user' ? given.email : undefined));
    if (given && !(KIND_OF_TYPE[given.type] && givenId)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This row cannot be opened as JSON.'));
      return undefined;
    }
    const ref = given ? { ...given, id: givenId } : await askObject(accounts, tree);
    const kind = ref && KIND_OF_TYPE[ref.type];
    if (!ref?.id || !kind) return undefined;
    const uri = documents.uriFor({
      accountKey: ref.accountKey,
      // A sub account's own document is addressed from the master account.
      ...(ref.subAccountId && kind !== 'subAccount' ? { subAccountId: ref.subAccountId } : {}),
      kind,
      id: ref.id,
      ...(ref.name ? { name: ref.name } : {}),
    });
    return showDocument(documents, uri);
  };
}

async function askObject(accounts: Accounts, tree: DirectoryTree): Promise<ZoomObjectRef | undefined> {
  const kinds: { label: string; objectKind: ObjectKind }[] = [
    { label: vscode.l10n.t('User (by ID or email)'), objectKind: 'user' },
    { label: vscode.l10n.t('Group'), objectKind: 'group' },
    { label: vscode.l10n.t('Role'), objectKind: 'role' },
    { label: vscode.l10n.t('Sub account'), objectKind: 'subAccount' },
  ];
  const picked = await vscode.window.showQuickPick(kinds, { placeHolder: vscode.l10n.t('Open which kind of Zoom object as JSON?') });
  if (!picked) return undefined;
  const placeHolder = vscode.l10n.t('Open which one as JSON?');
  switch (picked.objectKind) {
    case 'user':
      return askUser(accounts);
    case 'group':
      return pickFromAccounts(accounts, placeHolder, (accountKey) => groupRefs(tree.lists, { accountKey }));
    case 'role':
      return pickFromAccounts(accounts, placeHolder, async (accountKey) =>
        (await tree.lists.rolesOf({ accountKey })).map((r) => ({ accountKey, type: 'role', id: r.id, name: r.name })),
      );
    case 'subAccount':
      return pickFromAccounts(accounts, placeHolder, async (accountKey) =>
        (await tree.lists.allSubAccountsOf(accountKey)).map((s) => ({ accountKey, type: 'subAccount', id: s.id, name: s.account_name })),
      );
  }
}

/** A user looked up by ID or email in the chosen account; the document is then named by its ID. */
export async function askUser(accounts: Accounts): Promise<ZoomObjectRef | undefined> {
  const account = await pickAccount(accounts, undefined);
  if (!account) return undefined;
  const query = (
    await vscode.window.showInputBox({
      prompt: vscode.l10n.t('User ID or email address'),
      ignoreFocusOut: true,
      validateInput: (text) => (text.trim() ? undefined : vscode.l10n.t('Enter a user ID or an email address.')),
    })
  )?.trim();
  if (!query) return undefined;
  const user = await failWith(accounts.client(account.accountKey).getUser(query), (error) =>
    vscode.l10n.t('Could not find user {0} in Zoom account {1}: {2}', query, account.label, errorText(error)),
  );
  return { accountKey: account.accountKey, type: 'user', id: user.id ?? query, name: userDisplayName(user) };
}
