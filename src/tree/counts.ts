// Counts as the view shows them, grouped in the display language (1,234 / 1.234).
import * as vscode from 'vscode';

/** Made on first use: the first Intl object of the host costs ~25 ms (ICU data), too much for activation. */
let numbers: Intl.NumberFormat | undefined;

export function formatCount(n: number): string {
  numbers ??= new Intl.NumberFormat(vscode.env.language);
  return numbers.format(n);
}
