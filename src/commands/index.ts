// Every command, by id, in one place: the short ones written here, the longer ones in a file of
// their own. Each runs under the error policy of src/failure.ts (guarded): a failure the command words
// itself is shown and logged, a cancellation shows nothing. The rare tools' modules are imported on their
// first run (onFirstRun): the bundle makes them chunks that activation does not load (esbuild.mjs).
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import { RECOMMENDED_SCOPES } from '../auth/scopes';
import type { DirectoryTree } from '../tree/register';
import { DirNode } from '../tree/nodes/dirNode';
import { UserRow } from '../tree/nodes/userRow';
import { revealUser } from '../tree/reveal';
import type { ZoomDocuments } from '../documents/register';
import type { ZoomLog } from '../log';
import { scopeOfRow } from '../objectRef';
import type { ExplanationDocuments } from '../settings/explainView';
import { guarded } from '../failure';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { openGroupDocument } from './openGroupSettings';
import { openAsJson } from './openAsJson';
import { compareGroupSettings } from './compareGroupSettings';
import { refreshDocument } from './refreshDocument';
import { copyValues } from './copyValues';
import { searchUsers } from './searchUsers';
import { filterUsersByRole } from './filterUsersByRole';
import { filterUsersByLicense } from './filterUsersByLicense';
import { openInPortal } from './openInPortal';
import { openAccountDocument } from './openAccountSettings';
import { compareWithAccountSettings } from './compareWithAccountSettings';
import { showGroupOverrides } from './showGroupOverrides';
import { openUserSettings } from './openUserSettings';

export interface CommandDeps {
  accounts: Accounts;
  tree: DirectoryTree;
  documents: ZoomDocuments;
  log: ZoomLog;
  explanations: ExplanationDocuments;
  /** ExtensionMode.Test: arguments that replace a prompt are honoured (src/testMode.ts). */
  testMode: boolean;
}

export function registerCommands(context: vscode.ExtensionContext, deps: CommandDeps): void {
  const { accounts, tree, documents, log } = deps;
  const reg = <A extends never[], R>(id: string, run: (...args: A) => R | Thenable<R>) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, guarded(id, run, log)));

  // Accounts
  reg('zoomAdmin.signIn', signIn(accounts, deps.testMode));
  reg('zoomAdmin.signOut', signOut(accounts, deps.testMode));
  // The walkthrough's button: the scopes to add to the Server-to-Server OAuth app, one per line. Returns what it copied.
  reg('zoomAdmin.copyScopes', async () => {
    const text = RECOMMENDED_SCOPES.join('\n');
    await vscode.env.clipboard.writeText(text);
    void vscode.window.showInformationMessage(vscode.l10n.t('Copied {0} scopes: add them to the app in the Zoom App Marketplace.', RECOMMENDED_SCOPES.length));
    return text;
  });
  reg('zoomAdmin.showLog', () => log.show()); // linked from error rows

  // The directory view
  // The whole view (title bar, palette), one account, or one folder (a node or its id).
  reg('zoomAdmin.refresh', (node?: unknown) => tree.refresh(node instanceof DirNode ? node : typeof node === 'string' ? tree.find(node) : undefined));
  // The "Load more" row, and Retry (an error row, or its tooltip link with the folder id): the next page, or the one that failed.
  reg('zoomAdmin.loadMore', (node?: unknown) => tree.loadMore(node));
  reg('zoomAdmin.retry', (node?: unknown) => tree.loadMore(node));
  reg('zoomAdmin.loadAll', (node?: unknown) => tree.loadAll(node)); // under a cancellable progress
  reg('zoomAdmin.copyUserId', copyValues(tree, 'userId'));
  reg('zoomAdmin.copyEmail', copyValues(tree, 'email'));
  reg('zoomAdmin.copyGroupId', copyValues(tree, 'groupId'));
  reg('zoomAdmin.searchUsers', searchUsers(tree));
  reg('zoomAdmin.clearSearch', () => tree.clearSearch()); // removes the "Search" root and the view's message
  // From a search result (or a group/role member): the user's row in its Active / Inactive / Pending list, loading pages until it is there.
  reg('zoomAdmin.revealUser', async (node?: unknown) => {
    const row = tree.targets(node).find((n): n is UserRow => n instanceof UserRow);
    if (!row) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Select a user in the Zoom view, or use Zoom: Search Users.'));
      return undefined;
    }
    return (await revealUser(tree, row))?.id;
  });
  reg('zoomAdmin.filterUsersByRole', filterUsersByRole(tree));
  reg('zoomAdmin.filterUsersByLicense', filterUsersByLicense(tree));
  // The filters of the row's scope (an account, or one of its sub accounts), or from the palette or the view's title, of every scope.
  reg('zoomAdmin.clearRoleFilter', (node?: unknown) => tree.clearUserFilters(scopeOfRow(node), 'role'));
  reg('zoomAdmin.clearFilters', (node?: unknown) => tree.clearUserFilters(scopeOfRow(node), 'all'));
  reg(
    'zoomAdmin.exportUsersCsv',
    onFirstRun(async () => (await import('./exportUsersCsv.js')).exportUsersCsv(tree, { acceptUri: deps.testMode, state: context.globalState })),
  );
  reg('zoomAdmin.openInPortal', openInPortal(tree));

  // Documents
  reg('zoomAdmin.openGroupSettings', openGroupDocument('groupSettings', accounts, documents, tree));
  reg('zoomAdmin.openGroupLockSettings', openGroupDocument('groupLockSettings', accounts, documents, tree));
  reg('zoomAdmin.openAsJson', openAsJson(accounts, documents, tree));
  reg('zoomAdmin.compareGroupSettings', compareGroupSettings(accounts, documents, tree));
  reg('zoomAdmin.refreshDocument', refreshDocument(documents));
  reg('zoomAdmin.openAccountSettings', openAccountDocument('accountSettings', documents, tree));
  reg('zoomAdmin.openAccountLockSettings', openAccountDocument('accountLockSettings', documents, tree));
  reg('zoomAdmin.compareWithAccountSettings', compareWithAccountSettings(accounts, documents, tree));
  reg('zoomAdmin.showGroupOverrides', showGroupOverrides(accounts, documents, tree));
  reg('zoomAdmin.openUserSettings', openUserSettings(accounts, documents));

  // Settings tools
  reg(
    'zoomAdmin.explainSetting',
    onFirstRun(async () => (await import('./explainSetting.js')).explainSetting(accounts, documents, deps.explanations)),
  );
  reg(
    'zoomAdmin.findSettingAcrossGroups',
    onFirstRun(async () => (await import('./findSettingAcrossGroups.js')).findSettingAcrossGroups(documents, tree)),
  );
  reg(
    'zoomAdmin.snapshotSettings',
    onFirstRun(async () => (await import('./snapshotSettings.js')).snapshotSettings(accounts, tree)),
  );
  reg(
    'zoomAdmin.compareWithLive',
    onFirstRun(async () => (await import('./compareWithLive.js')).compareWithLive(accounts, documents)),
  );
  reg(
    'zoomAdmin.checkDrift',
    onFirstRun(async () => (await import('./checkDrift.js')).checkDrift(accounts)),
  );
}

/** A handler made on the command's first run, from a module imported then; later runs reuse it. */
function onFirstRun<A extends unknown[], R>(make: () => Promise<(...args: A) => R | Thenable<R>>): (...args: A) => Promise<R> {
  let handler: Promise<(...args: A) => R | Thenable<R>> | undefined;
  return async (...args: A) => (await (handler ??= make()))(...args);
}
