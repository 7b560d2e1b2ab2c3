// Issue 17 item 2: command arguments that skip a prompt work only for the tests. Built here as the
// extension builds them outside ExtensionMode.Test (testMode false), the commands ignore
// credentials passed by another extension or a command link and ask the person instead.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { signIn as signInCommand } from '../../../src/commands/signIn';
import { signOut as signOutCommand } from '../../../src/commands/signOut';
import { isTestMode, testOnly } from '../../../src/testMode';
import { answerQuickPicks } from '../quickPicks';
import { sim } from '../sim';
import { signInAs, signOutAll, simAccount, startSignedOut, tokenRequestCount, type ExtensionExports } from './helpers';

suite('Hostile neighbours: command arguments that skip a prompt', () => {
  let api: ExtensionExports;

  suiteSetup(async () => {
    api = await startSignedOut();
  });

  suiteTeardown(async () => {
    await signOutAll(api.accounts);
  });

  test('outside Test mode, zoomAdmin.signIn given credentials asks instead, and signs nothing in', async () => {
    const globex = await simAccount('globex-002');
    await sim.clearRequests();
    const picks = answerQuickPicks(() => undefined); // the method pick, dismissed
    try {
      const key = await signInCommand(api.accounts, false)({ accountId: globex.accountId, clientId: globex.clientId, clientSecret: globex.clientSecret });
      assert.equal(key, undefined);
    } finally {
      picks.dispose();
    }
    picks.assertAllUsed();
    assert.equal(api.accounts.list().length, 0, 'no account was signed in');
    assert.equal(await tokenRequestCount(), 0, 'the supplied credentials were never sent');
  });

  test('outside Test mode, zoomAdmin.signIn given an access token asks instead', async () => {
    const picks = answerQuickPicks(() => undefined);
    try {
      assert.equal(await signInCommand(api.accounts, false)({ accessToken: 'token-from-another-extension' }), undefined);
    } finally {
      picks.dispose();
    }
    picks.assertAllUsed();
    assert.equal(api.accounts.list().length, 0);
  });

  test('outside Test mode, zoomAdmin.signOut given an account key still asks for confirmation', async () => {
    const key = await signInAs(await simAccount('globex-002'));
    const window = vscode.window as { showWarningMessage: unknown };
    const original = window.showWarningMessage;
    const asked: string[] = [];
    window.showWarningMessage = async (message: string) => {
      asked.push(message);
      return undefined;
    }; // dismissed
    try {
      assert.equal(await signOutCommand(api.accounts, false)(key), false);
    } finally {
      window.showWarningMessage = original;
    }
    assert.equal(asked.length, 1, 'a confirmation was asked');
    assert.ok(api.accounts.get(key), 'still signed in after the confirmation was dismissed');
  });

  test('the test-only gate: honoured only in ExtensionMode.Test', () => {
    assert.equal(isTestMode({ extensionMode: vscode.ExtensionMode.Production }), false);
    assert.equal(isTestMode({ extensionMode: vscode.ExtensionMode.Development }), false);
    assert.equal(isTestMode({ extensionMode: vscode.ExtensionMode.Test }), true);
    assert.equal(testOnly(false, { uri: 'x' }), undefined);
  });
});
