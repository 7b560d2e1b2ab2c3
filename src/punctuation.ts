// Punctuation that differs by language, so no sentence is punctuated in code: "label: value" and
// lists go through the l10n bundle and Intl, and each language writes its own (zh-cn: ： and 、).
import * as vscode from 'vscode';

/** "Label: value" with the language's own colon (zh-cn "标签：值"). */
export function labelled(label: string, value: string): string {
  return vscode.l10n.t('{0}: {1}', label, value);
}

let lists: Intl.ListFormat | undefined;

/** Names as the language lists them: "a, b, c" in English, "a、b、c" in Chinese. */
export function listText(items: readonly string[]): string {
  lists ??= listFormat(vscode.env.language);
  return lists.format(items);
}

function listFormat(language: string): Intl.ListFormat {
  try {
    return new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' });
  } catch {
    return new Intl.ListFormat('en', { type: 'conjunction', style: 'narrow' }); // a tag Intl does not know
  }
}
