// Opening a zoom-admin: document in an editor, and what the document commands accept as arguments.
import * as vscode from 'vscode';
import { failWith, messageOf } from '../failure';
import { refOf, type Scope, type ZoomObjectRef } from '../objectRef';
import type { ZoomDocuments } from './register';
import { fieldFilterProblem, viewLabel, type SettingsView } from './picks';
import { parseFieldList, type DocumentTarget, type SettingsKind, type SettingsOption } from './uri';

/**
 * Fetches the documents a command is about to show. On failure the command fails with the
 * extension's own message (the object's name, Zoom's code, what to do): left to VS Code, the
 * editor would first say "cannot open zoom-admin:/…" with the percent-encoded URI. The file system
 * provider's error is then seen only by restored tabs and links, which have no command.
 */
export async function prepareDocuments(documents: ZoomDocuments, uris: readonly vscode.Uri[]): Promise<void> {
  await failWith(Promise.all(uris.map((uri) => documents.prepare(uri))), (error) =>
    error instanceof vscode.FileSystemError && error.code === 'FileNotFound'
      ? vscode.l10n.t('{0} It may have been deleted or moved in Zoom: refresh the Zoom view to see what is there now.', messageOf(error))
      : messageOf(error),
  );
}

/** Opens (or reveals) the document as JSON; on failure the command fails with the message, which names the object. */
export async function showDocument(documents: ZoomDocuments, uri: vscode.Uri): Promise<vscode.Uri> {
  await prepareDocuments(documents, [uri]);
  await failWith(openAsJsonEditor(uri), messageOf);
  return uri;
}

async function openAsJsonEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const opened = await vscode.workspace.openTextDocument(uri);
  // The .json name makes it JSON already, unless files.associations says otherwise.
  const doc = opened.languageId === 'json' ? opened : await vscode.languages.setTextDocumentLanguage(opened, 'json');
  return vscode.window.showTextDocument(doc, { preview: false });
}

/** The group a row (or programmatic argument) names, when it names one with an id. */
export function groupOf(arg: unknown): ZoomObjectRef | undefined {
  const ref = refOf(arg);
  return ref?.type === 'group' && ref.id ? ref : undefined;
}

/**
 * The view given programmatically (`{ option, fields }`), checked like the pickers check it.
 * Undefined when none was given (ask); throws with the reason when it cannot be used.
 */
export function givenView(arg: unknown, allowed: readonly SettingsOption[], fieldsAllowed: boolean): SettingsView | undefined {
  if (!arg || typeof arg !== 'object' || Array.isArray(arg) || refOf(arg)) return undefined; // VS Code passes the multi-selection here
  const { option, fields } = arg as { option?: unknown; fields?: unknown };
  if (option !== undefined && !allowed.includes(option as SettingsOption)) {
    throw new Error(vscode.l10n.t('"{0}" is not a view of these settings. Use one of: {1}.', JSON.stringify(option), allowed.join(', ')));
  }
  const view: SettingsView = option === undefined ? {} : { option: option as SettingsOption };
  if (fields === undefined) return view;
  if (!fieldsAllowed) throw new Error(vscode.l10n.t('These settings cannot be filtered by field.'));
  const text = Array.isArray(fields) ? fields.join(',') : typeof fields === 'string' ? fields : JSON.stringify(fields);
  const problem = fieldFilterProblem(text);
  if (problem) throw new Error(problem);
  const parsed = parseFieldList(text);
  return 'fields' in parsed && parsed.fields.length ? { ...view, fields: parsed.fields } : view;
}

/** "Meeting security" etc. for a settings title suffix; "settings" for the full view. */
export function viewTitle(view: SettingsView): string {
  return view.option ? viewLabel(view.option) : vscode.l10n.t('settings');
}

/**
 * A settings document (of a group, the account or a sub account) in the given view. The owner's
 * id is the group's, or for the account documents `me` or the sub account's (see accountTarget).
 */
export function settingsTarget(kind: SettingsKind, owner: Scope & { id?: string; name?: string }, view: SettingsView): DocumentTarget {
  return {
    accountKey: owner.accountKey,
    ...(owner.subAccountId ? { subAccountId: owner.subAccountId } : {}),
    kind,
    id: owner.id ?? '',
    ...(owner.name ? { name: owner.name } : {}),
    ...(view.option ? { option: view.option } : {}),
    ...(view.fields?.length ? { fields: view.fields } : {}),
  };
}
