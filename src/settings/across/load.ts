// The body of a settingAcross / sectionAcross document (documents' `load`): fetchAcross under a
// cancellable progress notification, then the Markdown. The labels of the accounts come from the
// command that opened it (the tree knows the names); a restored document falls back to the ids.
import * as vscode from 'vscode';
import type { DocumentTarget } from '../../documents/uri';
import type { LabelledScope } from '../../objectRef';
import type { ZoomApi } from '../../zoom/api';
import { keyDocs } from '../keyDocs';
import { withRequestProgress } from '../progress';
import { fetchAcross, type AcrossScope } from './fetchAcross';
import { settingKeys, settingSections } from './keys';
import { sectionMarkdown, settingMarkdown } from './markdown';

const labels = new Map<string, string>();
const labelKey = (accountKey: string, subAccountId?: string) => `${accountKey}|${subAccountId ?? ''}`;

/** Remembers what the documents call an account or sub account (names are never in the URI). */
export function rememberScopeLabel({ accountKey, subAccountId, label }: LabelledScope): void {
  labels.set(labelKey(accountKey, subAccountId), label);
}

export function groupLocksSetting(): boolean {
  return vscode.workspace.getConfiguration('zoomAdmin').get<boolean>('findSettingAcrossGroups.groupLocks', false) === true;
}

export function scopesOf(target: DocumentTarget): AcrossScope[] {
  const scope = (subAccountId?: string): AcrossScope => ({
    ...(subAccountId ? { subAccountId } : {}),
    label: labels.get(labelKey(target.accountKey, subAccountId)) ?? subAccountId ?? target.accountKey,
  });
  return [scope(target.subAccountId), ...(target.include ?? []).filter((id) => id !== target.subAccountId).map(scope)];
}

export async function descriptionOf(path: string, section: boolean): Promise<string | undefined> {
  const language = vscode.env.language;
  const docs = await keyDocs();
  return (section ? settingSections(language, docs) : settingKeys(language, docs)).find((k) => k.path === path)?.description;
}

export async function acrossText(target: DocumentTarget, client: ZoomApi): Promise<string> {
  const section = target.kind === 'sectionAcross';
  const groupLocks = !section && groupLocksSetting();
  const title = section ? vscode.l10n.t('Reading section {0} across groups', target.id) : vscode.l10n.t('Reading {0} across groups', target.id);
  const result = await withRequestProgress(title, (signal, onProgress) => fetchAcross(client, scopesOf(target), target.id, { groupLocks, signal, onProgress }));
  const description = await descriptionOf(target.id, section);
  return section ? sectionMarkdown(result, description) : settingMarkdown(result, description, groupLocks);
}
