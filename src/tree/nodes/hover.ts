// The hover of a Zoom object's row (account, sub account, group, role, user): the name in bold, then
// lines such as its ID. Values are escaped (see ../markdown): a name from Zoom is never markup.
import * as vscode from 'vscode';
import { codeSpan, escapeMarkdown } from '../markdown';
import { labelled } from '../../punctuation';

/** A hover starting with the object's name in bold, followed by the given Markdown parts. */
export function namedTooltip(name: string, ...parts: string[]): vscode.MarkdownString {
  return new vscode.MarkdownString(`**${escapeMarkdown(name)}**\n\n${parts.join('')}`);
}

/** "Group ID: `…`": an ID under its label, as a code span so it copies as it is. */
export function idLine(label: string, id: string): string {
  return labelled(escapeMarkdown(label), codeSpan(id));
}
