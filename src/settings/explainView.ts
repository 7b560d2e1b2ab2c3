// How an explanation is shown: a read-only Markdown document (its own scheme, content kept here by
// URI, never in it), and the "Explain Setting" CodeLens on each setting of group and user settings.
import * as vscode from 'vscode';
import type { ZoomDocuments } from '../documents/register';
import { escapeMarkdown } from '../tree/markdown';
import type { Explanation, Level } from './explain';
import { documentKeys } from './jsonPath';
import { listText } from '../punctuation';

export const EXPLAIN_SCHEME = 'zoom-admin-explain';
const EXPLAINED_KINDS = new Set(['groupSettings', 'userSettings']);
/** Explanations kept for their documents; the oldest go first. */
const MAX_KEPT = 50;

export class ExplanationDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private next = 0;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.toString()) ?? vscode.l10n.t('This explanation is no longer available: run Explain Setting again.');
  }

  /** A new document for the text (each run its own, so an open one is never changed under the reader). */
  add(title: string, text: string): vscode.Uri {
    const uri = vscode.Uri.from({ scheme: EXPLAIN_SCHEME, path: `/${title.replace(/[/\\]/g, '∕')}.md`, query: `n=${++this.next}` });
    this.texts.set(uri.toString(), text);
    if (this.texts.size > MAX_KEPT) this.texts.delete(this.texts.keys().next().value as string);
    return uri;
  }
}

function value(level: Level): string {
  if (!level.found) return vscode.l10n.t('(not in this document)');
  const text = JSON.stringify(level.value) ?? 'null';
  return `\`${(text.length > 120 ? `${text.slice(0, 119)}…` : text).replace(/`/g, 'ˋ')}\``;
}

function levelName(level: Level): string {
  switch (level.level) {
    case 'account':
      return vscode.l10n.t('Account');
    case 'group':
      return level.name
        ? vscode.l10n.t('Group {0} ({1})', escapeMarkdown(level.name), escapeMarkdown(level.id ?? ''))
        : vscode.l10n.t('Group {0}', escapeMarkdown(level.id ?? ''));
    case 'user':
      return level.name ? vscode.l10n.t('User {0}', escapeMarkdown(level.name)) : vscode.l10n.t('User');
  }
}

function lockText(level: Level): string {
  if (level.level === 'user') return '';
  if (level.locked === undefined) return vscode.l10n.t('no lock settings for this view');
  return level.locked ? vscode.l10n.t('🔒 locked') : vscode.l10n.t('not locked');
}

/** "Decided by: the account (it locks the key)" and the chain, as Markdown. */
export function explanationMarkdown(e: Explanation): string {
  const decider = e.levels.find((l) => l.level === e.decidedBy.level && (e.decidedBy.id === undefined || l.id === e.decidedBy.id)) ?? e.levels[0];
  const why =
    e.decidedBy.why === 'accountLock'
      ? vscode.l10n.t('the account locks this setting, so no group or user can change it')
      : e.decidedBy.why === 'groupLock'
        ? vscode.l10n.t('the group locks this setting for its members')
        : decider.level === 'user'
          ? vscode.l10n.t("nothing above locks it, so the user's own value applies")
          : vscode.l10n.t("the account does not lock it, so the group's own value applies");
  const lines = [
    `# ${escapeMarkdown(e.path.join('.'))}`,
    '',
    `**${vscode.l10n.t('Decided by: {0}', levelName(decider))}** (${why}).`,
    '',
    `| ${vscode.l10n.t('Level')} | ${vscode.l10n.t('Value')} | ${vscode.l10n.t('Lock')} |`,
    '|---|---|---|',
    ...e.levels.map((l) => `| ${levelName(l)}${l === decider ? ' ✔' : ''} | ${value(l)} | ${lockText(l)} |`),
  ];
  const groups = e.levels.filter((l) => l.level === 'group');
  if (groups.length > 1 && e.levels.some((l) => l.level === 'user')) {
    lines.push(
      '',
      vscode.l10n.t(
        "The user is in {0} groups. Zoom applies the primary group's settings and the locked settings of the others; Zoom does not say what happens when two groups lock a setting with different values. Here the first locking group in the user's group list (the primary group first) decides.",
        groups.length,
      ),
    );
  }
  if (e.conflicts.length) {
    lines.push('', vscode.l10n.t('Conflict: these groups also lock it with a different value: {0}.', listText(e.conflicts.map(levelName))));
  }
  return lines.join('\n') + '\n';
}

/** "Explain Setting" above each setting (not the sections) of group and user settings documents. */
export function registerExplainLenses(documents: ZoomDocuments): vscode.Disposable {
  return vscode.languages.registerCodeLensProvider(
    { scheme: documents.scheme, language: 'json' },
    {
      provideCodeLenses(document) {
        const target = documents.targetOf(document.uri);
        if (!target || !EXPLAINED_KINDS.has(target.kind)) return [];
        const title = vscode.l10n.t('Explain Setting');
        return documentKeys(document)
          .filter((k) => !k.section)
          .map((k) => new vscode.CodeLens(k.range, { title, command: 'zoomAdmin.explainSetting', arguments: [document.uri, k.path] }));
      },
    },
  );
}
