// Shared steps of the account tests: the extension's exports, programmatic sign-in/out, and
// recording what the leak test (zz-no-secrets.test.ts) must search.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Accounts } from '../../../src/auth/accounts';
import type { DirectoryTree } from '../../../src/tree/register';
import type { WorldSpec } from '../../sandbox/server';
import { recordError, recordSecrets } from '../recorded';
import { sim } from '../sim';

export const EXTENSION_ID = 'zoom-admin-tools.zoom-admin-explorer';

/** What activate() returns in ExtensionMode.Test (and only there: src/extension.ts). */
export interface ExtensionExports {
  accounts: Accounts;
  tree: DirectoryTree;
  logFile: vscode.Uri;
  /** The extension's own SecretStorage, for tests that corrupt or watch what it stored. */
  secrets: vscode.SecretStorage;
}

export async function extensionApi(): Promise<ExtensionExports> {
  const extension = vscode.extensions.getExtension<ExtensionExports>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this host`);
  return extension.activate();
}

export type SimAccount = Awaited<ReturnType<typeof sim.accounts>>[number];

export async function simAccount(accountId: string): Promise<SimAccount> {
  const account = (await sim.accounts()).find((a) => a.accountId === accountId);
  assert.ok(account, `the simulator has no account ${accountId}`);
  return account;
}

export async function signIn(request: { accountId: string; clientId: string; clientSecret: string } | { accessToken: string }): Promise<string> {
  return vscode.commands.executeCommand<string>('zoomAdmin.signIn', request);
}

export async function signInAs(account: SimAccount): Promise<string> {
  return signIn({ accountId: account.accountId, clientId: account.clientId, clientSecret: account.clientSecret });
}

/** Runs a sign-in that must fail; returns (and records) its message. */
export async function signInFails(request: Parameters<typeof signIn>[0]): Promise<string> {
  let key: string | undefined;
  try {
    key = await signIn(request);
  } catch (error) {
    return recordError(error);
  }
  assert.fail(`sign-in should have failed but returned account ${key}`);
}

export async function signOutAll(accounts: Accounts): Promise<void> {
  for (const a of accounts.list()) await vscode.commands.executeCommand('zoomAdmin.signOut', a.key);
  assert.deepEqual(accounts.list(), []);
}

/** Where a suite starts: a fresh simulator (`world`, default its demo world) and no account signed in. */
export async function startSignedOut(world?: WorldSpec): Promise<ExtensionExports> {
  await sim.reset(world);
  const api = await extensionApi();
  await signOutAll(api.accounts);
  return api;
}

/** Keeps this suite's secrets and tokens for the leak test, before a later suite resets the simulator. */
export async function rememberSimSecrets(): Promise<void> {
  recordSecrets((await sim.accounts()).map((a) => a.clientSecret));
  recordSecrets(await sim.tokens());
}

export async function tokenRequestCount(): Promise<number> {
  return (await sim.requests()).filter((r) => r.path === '/oauth/token').length;
}

/** Sets a user (application-wide) setting and waits until the extension host sees it. */
export async function setUserSetting(key: string, value: unknown): Promise<void> {
  const [section, name] = [key.slice(0, key.indexOf('.')), key.slice(key.indexOf('.') + 1)];
  await vscode.workspace.getConfiguration(section).update(name, value, vscode.ConfigurationTarget.Global);
  // The host applies the change (and fires onDidChangeConfiguration) when its model updates.
  await waitFor(`${key} = ${JSON.stringify(value)}`, () => vscode.workspace.getConfiguration(section).inspect(name)?.globalValue === value || undefined);
}

/** Polls (bounded, no timing asserted) until `check` holds; fails naming what was awaited. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined> | T | undefined, tries = 100): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`gave up waiting for ${what}`);
}

export async function readText(uri: vscode.Uri): Promise<string> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return '';
  }
}

/** The log file once it contains `marker` (log lines reach the disk asynchronously). */
export function logContaining(api: ExtensionExports, marker: string): Promise<string> {
  return waitFor(`"${marker}" in ${api.logFile.fsPath}`, async () => {
    const text = await readText(api.logFile);
    return text.includes(marker) ? text : undefined;
  });
}
