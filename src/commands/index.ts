// Every command is registered here, one line each; the functions live in their own files.
import * as vscode from 'vscode';
import type { Accounts } from '../auth/accounts';
import type { DirectoryTree } from '../tree/register';
import type { ZoomDocuments } from '../documents/register';
import type { ZoomLog } from '../log';
import type { ExplanationDocuments } from '../settings/explainView';
import { signIn } from './signIn';
import { signOut } from './signOut';
import { openGroupSettings } from './openGroupSettings';
import { openGroupLockSettings } from './openGroupLockSettings';
import { openAsJson } from './openAsJson';
import { compareGroupSettings } from './compareGroupSettings';
import { refreshDocument } from './refreshDocument';
import { refresh } from './refresh';
import { loadMore } from './loadMore';
import { loadAll } from './loadAll';
import { showLog } from './showLog';
import { copyValues } from './copyValues';
import { searchUsers } from './searchUsers';
import { clearSearch } from './clearSearch';
import { revealUser } from './revealUser';
import { filterUsersByRole } from './filterUsersByRole';
import { filterUsersByLicense } from './filterUsersByLicense';
import { clearFilters } from './clearFilters';
import { openInPortal } from './openInPortal';
import { copyScopes } from './copyScopes';
import { exportUsersCsv } from './exportUsersCsv';
import { openAccountDocument } from './openAccountSettings';
import { compareWithAccountSettings } from './compareWithAccountSettings';
import { showGroupOverrides } from './showGroupOverrides';
import { openUserSettings } from './openUserSettings';
import { explainSetting } from './explainSetting';
import { findSettingAcrossGroups } from './findSettingAcrossGroups';
import { snapshotSettings } from './snapshotSettings';
import { compareWithLive } from './compareWithLive';
import { checkDrift } from './checkDrift';

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
  const reg = (id: string, fn: (...args: never[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));
  reg('zoomAdmin.signIn', signIn(deps.accounts, deps.testMode));
  reg('zoomAdmin.signOut', signOut(deps.accounts, deps.testMode));
  reg('zoomAdmin.openGroupSettings', openGroupSettings(deps.accounts, deps.documents, deps.tree));
  reg('zoomAdmin.openGroupLockSettings', openGroupLockSettings(deps.accounts, deps.documents, deps.tree));
  reg('zoomAdmin.openAsJson', openAsJson(deps.accounts, deps.documents));
  reg('zoomAdmin.compareGroupSettings', compareGroupSettings(deps.accounts, deps.documents, deps.tree));
  reg('zoomAdmin.refreshDocument', refreshDocument(deps.documents));
  reg('zoomAdmin.refresh', refresh(deps.tree));
  reg('zoomAdmin.loadMore', loadMore(deps.tree));
  reg('zoomAdmin.retry', loadMore(deps.tree));
  reg('zoomAdmin.loadAll', loadAll(deps.tree));
  reg('zoomAdmin.showLog', showLog(deps.log));
  reg('zoomAdmin.copyUserId', copyValues(deps.tree, 'userId'));
  reg('zoomAdmin.copyEmail', copyValues(deps.tree, 'email'));
  reg('zoomAdmin.copyGroupId', copyValues(deps.tree, 'groupId'));
  reg('zoomAdmin.searchUsers', searchUsers(deps.tree));
  reg('zoomAdmin.clearSearch', clearSearch(deps.tree));
  reg('zoomAdmin.revealUser', revealUser(deps.tree));
  reg('zoomAdmin.filterUsersByRole', filterUsersByRole(deps.tree));
  reg('zoomAdmin.clearRoleFilter', clearFilters(deps.tree, 'role'));
  reg('zoomAdmin.filterUsersByLicense', filterUsersByLicense(deps.tree));
  reg('zoomAdmin.clearFilters', clearFilters(deps.tree, 'all'));
  reg(
    'zoomAdmin.exportUsersCsv',
    exportUsersCsv(deps.tree, {
      acceptUri: deps.testMode,
      state: context.globalState,
    }),
  );
  reg('zoomAdmin.openInPortal', openInPortal(deps.tree));
  reg('zoomAdmin.copyScopes', copyScopes());
  reg('zoomAdmin.openAccountSettings', openAccountDocument('accountSettings', deps.documents, deps.tree));
  reg('zoomAdmin.openAccountLockSettings', openAccountDocument('accountLockSettings', deps.documents, deps.tree));
  reg('zoomAdmin.compareWithAccountSettings', compareWithAccountSettings(deps.accounts, deps.documents, deps.tree));
  reg('zoomAdmin.showGroupOverrides', showGroupOverrides(deps.accounts, deps.documents, deps.tree));
  reg('zoomAdmin.openUserSettings', openUserSettings(deps.accounts, deps.documents));
  reg('zoomAdmin.explainSetting', explainSetting(deps.accounts, deps.documents, deps.explanations));
  reg('zoomAdmin.findSettingAcrossGroups', findSettingAcrossGroups(deps.documents, deps.tree));
  reg('zoomAdmin.snapshotSettings', snapshotSettings(deps.accounts, deps.tree));
  reg('zoomAdmin.compareWithLive', compareWithLive(deps.accounts, deps.documents));
  reg('zoomAdmin.checkDrift', checkDrift(deps.accounts));
}
