// Issue 17 item 8: sign-out (or sign-in) while a token renewal is in flight. The simulator holds
// the token request open; sign-out starts; the renewal's answer arrives while sign-out is still
// removing the secrets. Nothing may be stored for the account after sign-out began, and nothing is
// left after it. Likewise a renewal by the old client must not write over a new sign-in.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sim } from '../sim';
import { signInAs, signOutAll, simAccount, startSignedOut, waitFor, type ExtensionExports } from './helpers';

type Writable = { store: vscode.SecretStorage['store']; delete: vscode.SecretStorage['delete'] };

suite('Races: sign-out and sign-in during a token renewal', () => {
  let api: ExtensionExports;

  suiteSetup(async () => {
    api = await startSignedOut();
  });

  suiteTeardown(async () => {
    await sim.release();
    await sim.clearFaults();
    await signOutAll(api.accounts);
  });

  /** Signs in, then starts a call whose token renewal the simulator holds open; returns the call. */
  async function renewalHeld(): Promise<{ key: string; call: Promise<string> }> {
    const key = await signInAs(await simAccount('globex-002'));
    const client = api.accounts.client(key);
    await client.userSummary();
    await sim.expireTokens(); // the next call gets a 401 and renews
    await sim.addFault({ match: { method: 'POST', path: '/oauth/token' }, action: { kind: 'hold' } });
    const call = client.userSummary().then(
      () => 'answered',
      () => 'failed',
    );
    await waitFor('the renewal to reach the token endpoint', async () => (await sim.held()) === 1 || undefined);
    return { key, call };
  }

  test('a renewal held open across sign-out stores no token or secret after it', async () => {
    const { key, call } = await renewalHeld();

    // Record every write from here on, and let the renewal's answer arrive while sign-out is
    // deleting the secrets (the window where a late token used to be stored).
    const secrets = api.secrets as Writable;
    const [store, del] = [secrets.store, secrets.delete];
    const stored: string[] = [];
    let renewalDone: Promise<unknown> | undefined;
    secrets.store = (name, value) => {
      stored.push(name);
      return store.call(api.secrets, name, value);
    };
    secrets.delete = async (name) => {
      renewalDone ??= sim.release().then(() => call);
      await renewalDone;
      return del.call(api.secrets, name);
    };
    try {
      assert.equal(await vscode.commands.executeCommand<boolean>('zoomAdmin.signOut', key), true);
      await renewalDone;
      await call;
      await new Promise((resolve) => setTimeout(resolve, 300)); // a late store would have been sent by now
    } finally {
      secrets.store = store;
      secrets.delete = del;
    }
    assert.ok(renewalDone, 'sign-out deleted the secrets');
    assert.deepEqual(stored, [], 'nothing was stored once sign-out began');
    assert.deepEqual(await api.accounts.secretKeysFor(key), [], 'no secret of the account is left');
    assert.equal(api.accounts.get(key), undefined);
  });

  test('a renewal by the old client that lands during a new sign-in does not write over it', async () => {
    const { key, call } = await renewalHeld();
    // The new sign-in's own token request is not held (the fault held one request). The old
    // client's renewal is answered while the sign-in writes its secrets.
    const secrets = api.secrets as Writable;
    const store = secrets.store;
    const stored: string[] = [];
    let renewalDone: Promise<unknown> | undefined;
    secrets.store = async (name, value) => {
      stored.push(name);
      renewalDone ??= sim.release().then(() => call);
      await renewalDone;
      return store.call(api.secrets, name, value);
    };
    try {
      assert.equal(await signInAs(await simAccount('globex-002')), key);
      await renewalDone;
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      secrets.store = store;
    }
    assert.ok(renewalDone, 'sign-in stored its secrets');
    assert.deepEqual(stored, [`account/${key}/credentials`, `account/${key}/token`], "only the sign-in's own writes");
  });
});
