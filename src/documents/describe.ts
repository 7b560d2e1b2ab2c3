// How messages name a document's object: "the settings of group Engineering (id abc)".
import * as vscode from 'vscode';
import type { DocumentTarget } from './uri';

/** The object itself: "group Engineering (abc)" or "group abc" when no name is known. */
export function describeObject(target: DocumentTarget): string {
  const { id, name } = target;
  switch (target.kind) {
    case 'groupSettings':
    case 'groupLockSettings':
    case 'groupOverrides':
    case 'group':
      return name ? vscode.l10n.t('group {0} ({1})', name, id) : vscode.l10n.t('group {0}', id);
    case 'userSettings':
    case 'user':
      return name ? vscode.l10n.t('user {0} ({1})', name, id) : vscode.l10n.t('user {0}', id);
    case 'role':
      return name ? vscode.l10n.t('role {0} ({1})', name, id) : vscode.l10n.t('role {0}', id);
    case 'accountSettings':
    case 'accountLockSettings':
      if (target.id === 'me') return name ? vscode.l10n.t('account {0}', name) : vscode.l10n.t('the account');
      return name ? vscode.l10n.t('sub account {0} ({1})', name, target.id) : vscode.l10n.t('sub account {0}', target.id);
    case 'subAccount':
      return name ? vscode.l10n.t('sub account {0} ({1})', name, id) : vscode.l10n.t('sub account {0}', id);
    case 'settingAcross':
      return vscode.l10n.t('setting {0} across groups', id);
    case 'sectionAcross':
      return vscode.l10n.t('section {0} across groups', id);
    case 'liveAccountSnapshot':
      return vscode.l10n.t('the live settings of the account');
    case 'liveGroupSnapshot':
      return name ? vscode.l10n.t('the live settings of group {0} ({1})', name, id) : vscode.l10n.t('the live settings of group {0}', id);
  }
}

/** The document: "the settings of group Engineering (abc)", "user Jane Doe (xyz)". */
export function describeDocument(target: DocumentTarget): string {
  const object = describeObject(target);
  if (target.kind === 'groupSettings') return vscode.l10n.t('the settings of {0}', object);
  if (target.kind === 'groupLockSettings' || target.kind === 'accountLockSettings') return vscode.l10n.t('the lock settings of {0}', object);
  if (target.kind === 'userSettings' || target.kind === 'accountSettings') return vscode.l10n.t('the settings of {0}', object);
  if (target.kind === 'groupOverrides') return vscode.l10n.t('the settings {0} overrides', object);
  return object;
}

/** For the log, which must not carry names: kind and ids only. */
export function logName(target: DocumentTarget): string {
  const scope = target.subAccountId ? ` in sub account ${target.subAccountId}` : '';
  return `${target.kind} ${target.id}${scope} of account ${target.accountKey}${target.option ? ` (${target.option})` : ''}`;
}
