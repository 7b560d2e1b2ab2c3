// Runs last (file name): searches every log line, the user and workspace settings files and every
// error message the suite recorded for any client secret or access token the simulator issued.
// It first provokes the paths most likely to leak: sign-in, renewal, failed sign-ins, a paste.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { recordedErrors, recordedSecrets } from './recorded';
import { sim } from './sim';
import {
  extensionApi,
  logContaining,
  readText,
  rememberSimSecrets,
  signIn,
  signInAs,
  signInFails,
  signOutAll,
  simAccount,
  type ExtensionExports,
} from './auth/helpers';

// A root-level hook (mocha loads every file before running any): after each test of every suite,
// keep the secrets and tokens the simulator knows, before a later suite's reset forgets them.
teardown(async () => {
  await rememberSimSecrets();
});

suite('No secrets anywhere', () => {
  let api: ExtensionExports;

  suiteSetup(async () => {
    await sim.reset();
    api = await extensionApi();
    const acme = await simAccount('acme-master-001');
    const globex = await simAccount('globex-002');
    const key = await signInAs(acme);
    await signInAs(globex);
    await sim.expireTokens();
    await api.accounts.client(key).userSummary(); // renewal after a 401
    await signInFails({ accountId: acme.accountId, clientId: acme.clientId, clientSecret: `${acme.clientSecret}x` });
    const tokens = await sim.tokens();
    await signIn({ accessToken: tokens[tokens.length - 1] });
    await signInFails({ accessToken: tokens[0] }); // expired by the simulator: rejected
    await rememberSimSecrets();
    await signOutAll(api.accounts);
  });

  test('no client secret or token in logs, settings files or error messages', async () => {
    const secrets = [...recordedSecrets];
    assert.ok(secrets.length >= 4, `the suite saw secrets and tokens to look for (${secrets.length})`);
    // The sign-out above is the last thing logged: once it is on disk, everything before is too.
    const corpus: [string, string][] = [
      ['log', await logContaining(api, 'Signed out account')],
      ['errors', recordedErrors.join('\n')],
    ];
    const userData = process.env.ZOOM_TEST_USER_DATA_DIR;
    assert.ok(userData, 'the harness sets ZOOM_TEST_USER_DATA_DIR');
    corpus.push(['user settings', await readText(vscode.Uri.file(path.join(userData, 'User', 'settings.json')))]);
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      corpus.push([`workspace settings ${folder.name}`, await readText(vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json'))]);
    }
    assert.ok(corpus[0][1].length > 0 && recordedErrors.length > 0, 'there is something to search');
    for (const [where, text] of corpus) {
      for (const secret of secrets) {
        assert.ok(!text.includes(secret), `a secret or token (${secret.length} chars, starts ${secret.slice(0, 3)}…) is in the ${where}`);
      }
    }
  });
});
