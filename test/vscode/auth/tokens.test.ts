// Tokens in use: stored with their expiry (no request to reuse one), renewed silently with exactly
// one token request when Zoom expires them mid-use, several accounts side by side, sign-out
// removing every secret, and sessions read without a token request.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sim } from '../sim';
import { signInAs, signOutAll, simAccount, startSignedOut, tokenRequestCount, waitFor, type ExtensionExports, type SimAccount } from './helpers';

suite('Accounts: tokens and several accounts', () => {
  let api: ExtensionExports;
  let acme: SimAccount;
  let globex: SimAccount;

  suiteSetup(async () => {
    api = await startSignedOut();
    acme = await simAccount('acme-master-001');
    globex = await simAccount('globex-002');
  });

  suiteTeardown(async () => {
    await signOutAll(api.accounts);
  });

  test('the token got at sign-in is reused: no token request to start working', async () => {
    const key = await signInAs(acme);
    await sim.clearRequests();
    await api.accounts.client(key).userSummary();
    const requests = await sim.requests();
    assert.equal(requests.filter((r) => r.path === '/oauth/token').length, 0);
    assert.ok(
      requests.some((r) => r.path === '/v2/users/summary' && r.status === 200),
      JSON.stringify(requests),
    );
  });

  test('token expired mid-use: renewed silently, one token request for concurrent callers', async () => {
    const key = await signInAs(acme);
    const client = api.accounts.client(key);
    await client.userSummary();
    await sim.expireTokens();
    await sim.clearRequests();
    const [s1, s2, groups] = await Promise.all([client.userSummary(), client.userSummary(), client.listGroups().page()]);
    assert.equal(s1.total_users_count, s2.total_users_count);
    assert.ok(groups.items.length > 0);
    assert.equal(await tokenRequestCount(), 1);
    const rejected = (await sim.requests()).filter((r) => r.status === 401);
    assert.ok(rejected.length >= 1, 'the old token was really refused first');
    assert.deepEqual(api.accounts.needingCredentials(), [], 'no warning: the renewal worked');
  });

  test('two accounts at once, each with its own data', async () => {
    const acmeKey = await signInAs(acme);
    const globexKey = await signInAs(globex);
    assert.notEqual(acmeKey, globexKey);
    assert.deepEqual(new Set(api.accounts.list().map((a) => a.key)), new Set([acmeKey, globexKey]));
    assert.ok(api.tree.accountNode(acmeKey) && api.tree.accountNode(globexKey), 'both are roots of the tree');
    const [a, g] = await Promise.all([api.accounts.client(acmeKey).userSummary(), api.accounts.client(globexKey).userSummary()]);
    assert.notEqual(a.total_users_count, g.total_users_count, 'each client reads its own account');
  });

  test('sign out removes the account and every secret it stored; the other stays', async () => {
    const acmeKey = await signInAs(acme);
    const globexKey = await signInAs(globex);
    assert.equal((await api.accounts.secretKeysFor(acmeKey)).length, 2);
    assert.equal(await vscodeSignOut(acmeKey), true);
    assert.deepEqual(await api.accounts.secretKeysFor(acmeKey), []);
    assert.equal(api.accounts.get(acmeKey), undefined);
    assert.equal(api.tree.accountNode(acmeKey), undefined, 'its tree root is gone');
    assert.throws(() => api.accounts.client(acmeKey), /No Zoom account/);
    assert.ok(api.accounts.get(globexKey), 'globex is still signed in');
    assert.equal((await api.accounts.secretKeysFor(globexKey)).length, 2);
    assert.equal(await vscodeSignOut(acmeKey), false, 'signing out twice is harmless');
  });

  test('a credential failure puts the account in the warning state; signing in again clears it', async () => {
    const key = await signInAs(globex);
    await sim.expireTokens();
    await sim.addFault({
      match: { method: 'POST', path: '/oauth/token' },
      action: { kind: 'status', status: 401, body: { reason: 'Invalid client_id or client_secret', error: 'invalid_client' } },
    });
    await assert.rejects(api.accounts.client(key).userSummary(), /Invalid client ID or client secret/);
    assert.deepEqual(api.accounts.needingCredentials(), [key]);
    await sim.clearFaults();
    await signInAs(globex);
    assert.deepEqual(api.accounts.needingCredentials(), []);
  });

  test('the zoom AuthenticationProvider lists one account per signed-in account, and follows sign-out', async () => {
    await signOutAll(api.accounts);
    const globexKey = await signInAs(globex);
    const acmeKey = await signInAs(acme);
    const listed = async () => (await vscode.authentication.getAccounts('zoom')).map((a) => `${a.id}=${a.label}`).sort();
    await waitFor('both accounts in the Accounts menu', async () => ((await listed()).length === 2 ? true : undefined));
    assert.deepEqual(await listed(), [`${acmeKey}=${acme.name}`, `${globexKey}=${globex.name}`].sort());
    await vscodeSignOut(acmeKey);
    await waitFor('the signed-out account to leave the Accounts menu', async () => ((await listed()).length === 1 ? true : undefined));
    assert.deepEqual(await listed(), [`${globexKey}=${globex.name}`]);
  });

  test('reading the sessions (the Accounts menu) serves the token held, even expired: no token request', async () => {
    const key = await signInAs(acme);
    // The stored token has expired, and the client reads it afresh: the same credentials written again with other
    // spacing make the store drop its client, as when another window signs in.
    await api.secrets.store(`account/${key}/token`, JSON.stringify({ accessToken: 'held-token-5d2c', expiresAt: Date.now() - 60_000 }));
    const credentials = (await api.secrets.get(`account/${key}/credentials`)) ?? assert.fail('no stored credentials');
    const dropped = new Promise<void>((resolve) => {
      const sub = api.accounts.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
    await api.secrets.store(`account/${key}/credentials`, JSON.stringify(JSON.parse(credentials), null, 1));
    await dropped;
    await sim.clearRequests();
    // getAccounts is what the Accounts menu does: VS Code reads the provider's sessions.
    const accounts = await vscode.authentication.getAccounts('zoom');
    assert.ok(accounts.some((a) => a.id === key));
    assert.equal(await tokenRequestCount(), 0, 'reading sessions requested no token');
    await api.accounts.client(key).userSummary();
    assert.equal(await tokenRequestCount(), 1, 'the client renews the expired token when it is used');
  });
});

function vscodeSignOut(key: string): Thenable<boolean> {
  return vscode.commands.executeCommand<boolean>('zoomAdmin.signOut', key);
}
