// The one "which Zoom account?" question (src/auth/pickAccount.ts) that every command asks: nobody
// signed in (say so, offer Sign In, answer at once), a row (its own account or listed sub account),
// the only account (no pick unless asked to confirm), several (a pick, sub accounts where offered).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { pickAccount, type SubAccountLists } from '../../../src/auth/pickAccount';
import { pickLabel, withPicks } from '../quickPicks';
import { signInAs, signOutAll, simAccount, startSignedOut, type ExtensionExports } from './helpers';

interface Shown {
  message: string;
  buttons: string[];
}

/** Records the information messages (answering with `answer`) and the commands run meanwhile, while `run` runs. */
async function recording<T>(answer: string | undefined, run: () => Promise<T>): Promise<{ result: T; shown: Shown[]; ran: string[] }> {
  const window = vscode.window as { showInformationMessage: unknown };
  const commands = vscode.commands as { executeCommand: unknown };
  const [originalMessage, originalCommand] = [window.showInformationMessage, commands.executeCommand];
  const shown: Shown[] = [];
  const ran: string[] = [];
  let answered: (() => void) | undefined;
  const done = new Promise<void>((resolve) => (answered = resolve));
  window.showInformationMessage = (message: string, ...buttons: string[]) => {
    shown.push({ message, buttons });
    // Answered only after pickAccount returned: it must not wait for the toast.
    return new Promise((resolve) => setTimeout(() => (resolve(answer), answered?.()), 50));
  };
  // Only the extension's own commands: the workbench's setContext may run meanwhile (the tree's context keys).
  commands.executeCommand = async (id: string) => void (id.startsWith('zoomAdmin.') && ran.push(id));
  try {
    const result = await run();
    assert.equal(ran.length, 0, 'nothing ran before the answer');
    if (shown.length) await done;
    await new Promise((resolve) => setTimeout(resolve, 10));
    return { result, shown, ran };
  } finally {
    window.showInformationMessage = originalMessage;
    commands.executeCommand = originalCommand;
  }
}

suite('Accounts: the one "which Zoom account?" question', () => {
  let api: ExtensionExports;

  suiteSetup(async () => void (api = await startSignedOut()));
  suiteTeardown(() => signOutAll(api.accounts));

  test('nobody signed in: says so with a Sign In button, answers undefined at once, and the button runs Sign In', async () => {
    const { result, shown, ran } = await recording(vscode.l10n.t('Sign In'), () => withPicks([], () => pickAccount(api.accounts, undefined, { title: 'T' })));
    assert.equal(result, undefined);
    assert.deepEqual(shown, [{ message: vscode.l10n.t('Sign in to a Zoom account first: Zoom: Sign In.'), buttons: [vscode.l10n.t('Sign In')] }]);
    assert.deepEqual(ran, ['zoomAdmin.signIn']);

    const dismissed = await recording(undefined, () => pickAccount(api.accounts, undefined));
    assert.deepEqual(dismissed.ran, [], 'dismissed: nothing runs');

    const signOut = await recording(undefined, () => pickAccount(api.accounts, undefined, { whenNone: 'Nothing to sign out of.' }));
    assert.deepEqual(signOut.shown, [{ message: 'Nothing to sign out of.', buttons: [] }], 'whenNone replaces the hint, without a button');
  });

  test('one account: answered without a pick, unless the command confirms which (evenIfOne)', async () => {
    const acme = await simAccount('acme-master-001');
    const key = await signInAs(acme);
    const label = api.accounts.get(key)!.label;
    assert.deepEqual(await withPicks([], () => pickAccount(api.accounts, undefined)), { accountKey: key, label });
    const confirmed = await withPicks(
      [
        (items, options) => {
          assert.equal(options?.placeHolder, 'Which one?');
          assert.equal(options?.title, 'Sign Out?');
          assert.deepEqual(
            items.map((i) => [i.label, i.description]),
            [[label, undefined]],
          );
          return items[0];
        },
      ],
      () => pickAccount(api.accounts, undefined, { title: 'Sign Out?', placeHolder: 'Which one?', evenIfOne: true }),
    );
    assert.deepEqual(confirmed, { accountKey: key, label });
  });

  test('several accounts: a pick ("Which Zoom account?"), with the sub accounts the command can act on after their account', async () => {
    const acmeKey = api.accounts.list()[0].key;
    await signInAs(await simAccount('globex-002'));
    const east = { accountKey: acmeKey, subAccountId: 'acme-sub-east', label: 'Acme › East' };
    const subAccounts: SubAccountLists = { subAccountsOf: (key) => (key === acmeKey ? [east] : []) };
    const labels = () => api.accounts.list().map((a) => a.label);
    let offered: [string, string | undefined][] = [];
    const chosen = await withPicks(
      [
        (items, options) => {
          assert.equal(options?.placeHolder, vscode.l10n.t('Which Zoom account?'));
          offered = items.map((i) => [i.label, i.description]);
          return pickLabel('Acme › East')(items, options);
        },
      ],
      () => pickAccount(api.accounts, undefined, { subAccounts }),
    );
    assert.deepEqual(chosen, east);
    const [acmeLabel, globexLabel] = labels();
    assert.deepEqual(offered, [
      [acmeLabel, undefined],
      ['Acme › East', vscode.l10n.t('sub account')],
      [globexLabel, undefined],
    ]);
    const accountsOnly = await withPicks(
      [
        (items) => {
          assert.deepEqual(
            items.map((i) => i.label),
            [acmeLabel, globexLabel],
          );
          return undefined; // Escape
        },
      ],
      () => pickAccount(api.accounts, undefined),
    );
    assert.equal(accountsOnly, undefined, 'Escape answers undefined');
  });

  test('a row answers for itself: its account, or its sub account where the command takes one; a row of no signed-in account answers undefined', async () => {
    const [acmeInfo, globexInfo] = api.accounts.list();
    const east = { accountKey: acmeInfo.key, subAccountId: 'acme-sub-east', label: 'Acme › East' };
    const subAccounts: SubAccountLists = { subAccountsOf: (key) => (key === acmeInfo.key ? [east] : []) };
    const userRow = { ref: { accountKey: globexInfo.key, type: 'user', id: 'u1' } };
    const subUserRow = { ref: { accountKey: acmeInfo.key, subAccountId: 'acme-sub-east', type: 'user', id: 'u2' } };
    const folder = { scope: { accountKey: acmeInfo.key, subAccountId: 'acme-sub-east' } };
    await withPicks([], async () => {
      assert.deepEqual(await pickAccount(api.accounts, userRow, { subAccounts }), { accountKey: globexInfo.key, label: globexInfo.label });
      assert.deepEqual(await pickAccount(api.accounts, subUserRow, { subAccounts }), east);
      assert.deepEqual(await pickAccount(api.accounts, folder, { subAccounts }), east, "a folder's scope");
      assert.deepEqual(await pickAccount(api.accounts, subUserRow), { accountKey: acmeInfo.key, label: acmeInfo.label }, 'no sub accounts: the master account');
      assert.equal(await pickAccount(api.accounts, { ref: { accountKey: 'nobody', type: 'user', id: 'u3' } }), undefined);
      assert.equal(
        await pickAccount(api.accounts, { ref: { ...subUserRow.ref, subAccountId: 'not-listed' } }, { subAccounts }),
        undefined,
        'a sub account the command cannot act on',
      );
    });
  });
});
