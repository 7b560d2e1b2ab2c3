// Punctuation that differs by language, so no sentence is punctuated in code: "label: value",
// lists and counts go through the l10n bundle and Intl, and each language writes its own (zh-cn: ：
// and 、; 1,234 or 1.234).
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

/** Made on first use: the first Intl object of the host costs ~25 ms (ICU data), too much for activation. */
let numbers: Intl.NumberFormat | undefined;

/** A count grouped as the language groups digits (1,234 / 1.234). */
export function formatCount(n: number): string {
  numbers ??= new Intl.NumberFormat(vscode.env.language);
  return numbers.format(n);
}
