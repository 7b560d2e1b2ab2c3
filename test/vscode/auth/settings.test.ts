// Where tokens go is decided by user settings only: a workspace's zoomAdmin.apiBaseUrl is ignored,
// a bad user value is refused with its reason (default kept), and changes apply without a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { sim } from '../sim';
import { logContaining, readText, setUserSetting, signInAs, signOutAll, simAccount, startSignedOut, waitFor, type ExtensionExports } from './helpers';

suite('Accounts: endpoint settings', () => {
  let api: ExtensionExports;
  let key: string;
  let simUrl: string;

  suiteSetup(async () => {
    api = await startSignedOut();
    simUrl = process.env.ZOOM_SIM_URL ?? assert.fail('the harness sets ZOOM_SIM_URL');
    key = await signInAs(await simAccount('globex-002'));
  });

  suiteTeardown(async () => {
    await setUserSetting('zoomAdmin.apiBaseUrl', `${simUrl}/v2`);
    await signOutAll(api.accounts);
  });

  test('a workspace-level zoomAdmin.apiBaseUrl is ignored: requests still reach the configured host', async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace has a folder');
    const file = vscode.Uri.joinPath(folder.uri, '.vscode', 'settings.json');
    const original = await readText(file);
    const marker = `marker-${Date.now()}`;
    // Written as a cloned repository would ship it (the configuration API refuses application
    // settings at workspace level, which is part of the protection).
    await vscode.workspace.fs.writeFile(
      file,
      new TextEncoder().encode(
        JSON.stringify(
          {
            'zoomAdmin.apiBaseUrl': 'http://127.0.0.1:9/v2',
            'zoomAdmin.oauthBaseUrl': 'http://127.0.0.1:9',
            'zoomAdminTest.marker': marker,
          },
          null,
          2,
        ),
      ),
    );
    try {
      await waitFor('the workspace settings file to be read', () => vscode.workspace.getConfiguration('zoomAdminTest').get('marker') === marker || undefined);
      await sim.clearRequests();
      const summary = await api.accounts.client(key).userSummary();
      assert.ok((summary.total_users_count ?? 0) > 0);
      assert.ok(
        (await sim.requests()).some((r) => r.path === '/v2/users/summary'),
        'the request reached the simulator',
      );
    } finally {
      if (original) await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(original));
      else await vscode.workspace.fs.delete(file);
    }
  });

  test('a bad user value is refused with the reason, and the default kept', async () => {
    await setUserSetting('zoomAdmin.apiBaseUrl', 'http://example.com/v2');
    const log = await logContaining(api, 'Refused zoomAdmin.apiBaseUrl');
    assert.match(log, /must start with https:\/\//);
    await setUserSetting('zoomAdmin.apiBaseUrl', `${simUrl}/v2`);
  });

  test('a changed base URL applies at once, without a reload', async () => {
    await setUserSetting('zoomAdmin.apiBaseUrl', 'http://127.0.0.1:9/v2');
    // The stored credentials were proved against the simulator: they are not sent to the new host.
    await assert.rejects(api.accounts.client(key).userSummary(), /now points to http:\/\/127\.0\.0\.1:9\b.*sign in again/);
    await setUserSetting('zoomAdmin.apiBaseUrl', `${simUrl}/v2`);
    await sim.clearRequests();
    await api.accounts.client(key).userSummary();
    const requests = await sim.requests();
    assert.ok(requests.some((r) => r.path === '/v2/users/summary' && r.status === 200));
    assert.equal(requests.filter((r) => r.path === '/oauth/token').length, 0, 'the stored token was reused');
  });
});
