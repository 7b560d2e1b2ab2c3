// Hovering a key of a settings document shows what the official spec says about it: description,
// type, allowed values, default (zh-cn: the Chinese page's description where it has one).
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import { escapeMarkdown } from '../tree/markdown';
import { keyAt } from './jsonPath';
import { keyDoc, keyDocs, type KeyDoc, type SettingsDocKind } from './keyDocs';
import { listText } from '../punctuation';

const DOCUMENTED: ReadonlySet<string> = new Set<SettingsDocKind>([
  'groupSettings',
  'groupLockSettings',
  'accountSettings',
  'accountLockSettings',
  'userSettings',
]);

export function registerKeyHover(documents: ZoomDocuments): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { scheme: documents.scheme, language: 'json' },
    {
      async provideHover(document, position) {
        const target = documents.targetOf(document.uri);
        if (!target || !DOCUMENTED.has(target.kind)) return undefined;
        const at = keyAt(document, position);
        if (!at) return undefined;
        const option = target.fields?.length ? undefined : target.option;
        const doc = keyDoc(await keyDocs(), target.kind as SettingsDocKind, option, at.path, vscode.env.language);
        return doc && new vscode.Hover(keyDocMarkdown(doc), at.range);
      },
    },
  );
}

/** A value as inline code: JSON, clamped, with backticks that cannot end the span. */
function code(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return `\`${short.replace(/`/g, 'ˋ')}\``;
}

export function keyDocMarkdown(doc: KeyDoc): vscode.MarkdownString {
  const facts = [vscode.l10n.t('Type: {0}', code(doc.type).replace(/"/g, ''))];
  if (doc.values) {
    const labelled = doc.values.map((v, i) => (doc.valueLabels?.[i] ? `${code(v)} (${escapeMarkdown(doc.valueLabels[i])})` : code(v)));
    facts.push(vscode.l10n.t('Allowed values: {0}', listText(labelled)));
  }
  if (doc.default) facts.push(vscode.l10n.t('Default: {0}', code(doc.default.value)));
  if (doc.deprecated) facts.push(vscode.l10n.t('Deprecated'));
  const md = new vscode.MarkdownString(`**${escapeMarkdown(doc.path)}**\n\n`);
  // The description is the spec's own Markdown (links to Zoom's support articles), kept as is.
  md.appendMarkdown(`${doc.description ?? vscode.l10n.t('The Zoom API reference does not describe this key.')}\n\n`);
  md.appendMarkdown(facts.join(' · '));
  return md;
}
