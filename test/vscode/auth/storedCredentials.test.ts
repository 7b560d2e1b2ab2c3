// Issue 17 item 7: stored credentials are shape-checked when read (a corrupt secret quotes nothing
// and sends nothing), and bound to the OAuth and API origins they were proved against (after either
// setting changes, the account asks for sign-in again instead of sending its secret to the new host).
import * as assert from 'node:assert/strict';
import { sim } from '../sim';
import { logContaining, setUserSetting, signInAs, signOutAll, simAccount, startSignedOut, waitFor, type ExtensionExports, type SimAccount } from './helpers';

const MARK = 'CORRUPT-SECRET-MARK-7f3a';

suite('Stored credentials: checked on read, bound to their endpoints', () => {
  let api: ExtensionExports;
  let globex: SimAccount;
  let simUrl: string;
  let localhost: string;

  suiteSetup(async () => {
    api = await startSignedOut();
    globex = await simAccount('globex-002');
    simUrl = sim.url();
    localhost = simUrl.replace('127.0.0.1', 'localhost'); // the same simulator under another origin
  });

  suiteTeardown(async () => {
    await setUserSetting('zoomAdmin.oauthBaseUrl', simUrl);
    await setUserSetting('zoomAdmin.apiBaseUrl', `${simUrl}/v2`);
    await signOutAll(api.accounts);
  });

  /** Overwrites the account's credentials secret, as a corrupt store or another version might leave it. */
  async function corrupt(key: string, raw: string): Promise<void> {
    const noticed = new Promise<void>((resolve) => {
      const sub = api.accounts.onDidChange(() => {
        sub.dispose();
        resolve();
      });
    });
    await api.secrets.store(`account/${key}/credentials`, raw);
    await noticed; // the store follows secret changes (other windows): it drops the client
  }

  for (const [what, raw] of [
    ['{}', '{}'],
    ['not JSON', `not json ${MARK}`],
    ['a wrong kind', JSON.stringify({ kind: 'oauth', clientSecret: MARK, accountId: 'x', clientId: 'y' })],
    ['a field of the wrong type', JSON.stringify({ kind: 's2s', accountId: 5, clientId: MARK, clientSecret: MARK })],
  ] as const) {
    test(`a stored secret that is ${what}: "cannot be read; sign in again", nothing quoted, nothing sent`, async () => {
      const key = await signInAs(globex);
      await corrupt(key, raw);
      await sim.clearRequests();
      let message = '';
      await api.accounts
        .client(key)
        .userSummary()
        .then(
          () => assert.fail('the corrupt credentials were used'),
          (error: unknown) => {
            message = error instanceof Error ? error.message : String(error);
          },
        );
      assert.equal(message, `The stored credentials for ${globex.name} cannot be read; sign in again.`);
      assert.deepEqual(
        (await sim.requests()).map((r) => `${r.method} ${r.path}`),
        [],
        'nothing was sent',
      );
      assert.deepEqual(api.accounts.needingCredentials(), [key], 'the account asks for new credentials');
      const log = await logContaining(api, `The stored credentials of account ${key} were not used`);
      assert.ok(!log.includes(MARK), 'the log quotes nothing of the secret');
      await signInAs(globex); // signing in again repairs it
      assert.deepEqual(api.accounts.needingCredentials(), []);
      await api.accounts.client(key).userSummary();
    });
  }

  for (const setting of ['zoomAdmin.oauthBaseUrl', 'zoomAdmin.apiBaseUrl'] as const) {
    test(`after ${setting} changes, the account asks for sign-in again and sends nothing to the new host`, async () => {
      const key = await signInAs(globex);
      await api.accounts.client(key).userSummary();
      const [moved, back] = setting === 'zoomAdmin.oauthBaseUrl' ? [localhost, simUrl] : [`${localhost}/v2`, `${simUrl}/v2`];
      await setUserSetting(setting, moved);
      try {
        await sim.clearRequests();
        const error = await waitFor('the client to follow the setting', () =>
          api.accounts
            .client(key)
            .userSummary()
            .then(
              () => undefined,
              (e: unknown) => e,
            ),
        );
        assert.match(String(error), new RegExp(`${globex.name} signed in against .*the setting ${setting.replace('.', '\\.')} now points to .*sign in again`));
        assert.deepEqual(
          (await sim.requests()).map((r) => `${r.method} ${r.path}`),
          [],
          'neither the secret nor the token went anywhere',
        );
        assert.deepEqual(api.accounts.needingCredentials(), [key]);
        // Signed in again under the new setting, the credentials are proved (and bound) there.
        await signInAs(globex);
        await api.accounts.client(key).userSummary();
      } finally {
        await setUserSetting(setting, back);
      }
    });
  }
});
