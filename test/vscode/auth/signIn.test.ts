// Sign-in against the simulator: good credentials add an account; every kind of bad input says
// exactly why and stores nothing, leaving the accounts that were there untouched.
import * as assert from 'node:assert/strict';
import { sim } from '../sim';
import {
  setUserSetting,
  signIn,
  signInAs,
  signInFails,
  signOutAll,
  simAccount,
  startSignedOut,
  tokenRequestCount,
  type ExtensionExports,
  type SimAccount,
} from './helpers';

suite('Accounts: sign in', () => {
  let api: ExtensionExports;
  let acme: SimAccount;
  let globex: SimAccount;

  suiteSetup(async () => {
    api = await startSignedOut();
    acme = await simAccount('acme-master-001');
    globex = await simAccount('globex-002');
  });

  teardown(async () => {
    await sim.clearFaults();
  });

  suiteTeardown(async () => {
    await signOutAll(api.accounts);
  });

  test('good credentials: the account appears, named by the API, with its secrets stored', async () => {
    const key = await signInAs(acme);
    const info = api.accounts.get(key);
    assert.ok(info, 'the new key is listed');
    assert.equal(info.kind, 's2s');
    assert.equal(info.zoomAccountId, acme.accountId);
    assert.equal(info.label, acme.name, 'label is the account name the API tells');
    assert.deepEqual(
      api.accounts.list().map((a) => a.key),
      [key],
    );
    const root = api.tree.roots().find((n) => n === api.tree.accountNode(key));
    assert.ok(root, 'the tree has a root for the account');
    const label = api.tree.getTreeItem(root).label;
    assert.equal(typeof label === 'string' ? label : label?.label, acme.name);
    assert.equal((await api.accounts.secretKeysFor(key)).length, 2, 'credentials and token are in SecretStorage');
    const summary = await api.accounts.client(key).userSummary();
    assert.ok((summary.total_users_count ?? 0) > 0, 'the client reaches the simulator');
  });

  test('signing in to the same account again updates it (no duplicate)', async () => {
    const first = await signInAs(acme);
    const again = await signInAs(acme);
    assert.equal(again, first);
    assert.equal(api.accounts.list().filter((a) => a.zoomAccountId === acme.accountId).length, 1);
  });

  test('bad secret: a clear message, nothing stored, the previous account intact', async () => {
    const acmeKey = await signInAs(acme);
    const before = api.accounts.list();
    const message = await signInFails({ accountId: globex.accountId, clientId: globex.clientId, clientSecret: 'wrong-secret-123' });
    assert.match(message, /Invalid client ID or client secret/);
    assert.match(message, /Nothing was saved/);
    assert.deepEqual(api.accounts.list(), before);
    assert.ok(!api.accounts.list().some((a) => a.zoomAccountId === globex.accountId));
    // Nothing of globex's reached SecretStorage: its would-be key holds no secret.
    assert.deepEqual(await api.accounts.secretKeysFor(globex.accountId), []);
    assert.ok((await api.accounts.client(acmeKey).userSummary()).total_users_count! > 0, 'acme still works');
  });

  test('a bad secret for an account already signed in keeps its working credentials', async () => {
    const key = await signInAs(acme);
    await signInFails({ accountId: acme.accountId, clientId: acme.clientId, clientSecret: 'not-the-secret-456' });
    // Force a renewal: it can only succeed with the old, good secret still stored.
    await sim.expireTokens();
    await sim.clearRequests();
    await api.accounts.client(key).userSummary();
    assert.equal(await tokenRequestCount(), 1);
    assert.deepEqual(api.accounts.needingCredentials(), []);
  });

  test('unknown account: says the account does not exist', async () => {
    const message = await signInFails({ accountId: 'no-such-account', clientId: acme.clientId, clientSecret: acme.clientSecret });
    assert.match(message, /Account no-such-account does not exist/);
    assert.ok(!api.accounts.list().some((a) => a.zoomAccountId === 'no-such-account'));
  });

  test('app not activated: says to activate the app', async () => {
    await sim.addFault({
      match: { method: 'POST', path: '/oauth/token' },
      action: { kind: 'status', status: 400, body: { reason: 'Account does not enabled the OAuth app type', error: 'invalid_request' } },
    });
    const message = await signInFails({ accountId: globex.accountId, clientId: globex.clientId, clientSecret: globex.clientSecret });
    assert.match(message, /not activated/);
    assert.ok(!api.accounts.list().some((a) => a.zoomAccountId === globex.accountId));
  });

  test('missing scopes: lists them by name', async () => {
    await sim.addFault({
      match: { method: 'POST', path: '/oauth/token' },
      action: {
        kind: 'status',
        status: 200,
        body: { access_token: 'scope-poor-token-000111', token_type: 'bearer', expires_in: 3599, scope: 'user:read:user:admin' },
      },
    });
    const message = await signInFails({ accountId: globex.accountId, clientId: globex.clientId, clientSecret: globex.clientSecret });
    assert.match(message, /user:read:list_users:admin/);
    assert.match(message, /group:read:list_groups:admin/);
    assert.doesNotMatch(message, /scope-poor-token/);
    assert.deepEqual(await api.accounts.secretKeysFor(globex.accountId), []);
  });

  test('unreachable OAuth host: names the URL, stores nothing', async () => {
    const simUrl = process.env.ZOOM_SIM_URL;
    assert.ok(simUrl, 'the harness sets ZOOM_SIM_URL');
    const dead = 'http://127.0.0.1:9';
    await setUserSetting('zoomAdmin.oauthBaseUrl', dead);
    try {
      const message = await signInFails({ accountId: globex.accountId, clientId: globex.clientId, clientSecret: globex.clientSecret });
      assert.ok(message.includes(dead), message);
      assert.match(message, /zoomAdmin\.oauthBaseUrl/);
    } finally {
      await setUserSetting('zoomAdmin.oauthBaseUrl', simUrl);
    }
    assert.ok(!api.accounts.list().some((a) => a.zoomAccountId === globex.accountId));
  });

  test('an empty field is named and nothing is requested', async () => {
    await sim.clearRequests();
    const message = await signInFails({ accountId: ' ', clientId: globex.clientId, clientSecret: globex.clientSecret });
    assert.match(message, /Account ID is empty/);
    assert.equal(await tokenRequestCount(), 0);
  });

  test('a pasted access token signs in as its own account; a rejected one says so', async () => {
    await signInAs(globex);
    const tokens = await sim.tokens();
    const token = tokens[tokens.length - 1];
    assert.ok(token, 'the simulator issued a token');
    const key = await signIn({ accessToken: token });
    const info = api.accounts.get(key);
    assert.equal(info?.kind, 'token');
    assert.equal(info?.zoomAccountId, globex.accountId);
    assert.ok((await api.accounts.client(key).userSummary()).total_users_count! > 0);
    // Once Zoom rejects it, a pasted token cannot be renewed: the account asks for a new one.
    await sim.expireTokens();
    await assert.rejects(api.accounts.client(key).userSummary(), /pasted access token has expired or was rejected/);
    assert.deepEqual(api.accounts.needingCredentials(), [key]);
    const message = await signInFails({ accessToken: 'not-a-real-token-789' });
    assert.match(message, /access token/i);
  });
});
