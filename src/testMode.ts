// What only the extension's own tests may use. Any installed extension can read our exports and run
// our commands with arguments, and a command link in a Markdown hover can too, so anything that
// hands out live objects (tokens, SecretStorage) or skips a prompt exists only when VS Code runs the
// extension for its tests (--extensionTestsPath: vscode.ExtensionMode.Test).
import * as vscode from 'vscode';

/** True only in ExtensionMode.Test. */
export function isTestMode(context: Pick<vscode.ExtensionContext, 'extensionMode'>): boolean {
  return context.extensionMode === vscode.ExtensionMode.Test;
}

/**
 * `value` when test-only arguments are honoured, else undefined: the one gate for a command
 * argument that replaces a prompt (credentials, a confirmation, a save dialog).
 */
export function testOnly<T>(honoured: boolean, value: T): T | undefined {
  return honoured ? value : undefined;
}
