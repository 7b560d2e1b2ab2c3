// The getting-started walkthrough (issue 16 item 8): its four steps in English and Simplified Chinese,
// every button a command the extension registers, and "Copy the Scopes" putting on the clipboard the
// scopes the README tells an admin to add.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './auth/helpers';

interface Step {
  id: string;
  title: string;
  description: string;
  completionEvents?: string[];
}

suite('Walkthrough', () => {
  const ext = () => vscode.extensions.getExtension(EXTENSION_ID)!;
  const read = (file: string) => JSON.parse(fs.readFileSync(nodePath.join(ext().extensionPath, file), 'utf8')) as Record<string, string>;
  // The manifest as written (the host's packageJSON has its %keys% already replaced by English).
  const steps = (): Step[] => (read('package.json') as unknown as { contributes: { walkthroughs: { steps: Step[] }[] } }).contributes.walkthroughs[0].steps;
  const key = (value: string) => value.replace(/^%|%$/g, '');

  test('four steps: create the app, sign in, browse users, open group settings; every button is a registered command, in both languages', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.zoomAdmin'); // activates the extension
    assert.deepEqual(
      steps().map((s) => s.id),
      ['createApp', 'signIn', 'browseUsers', 'groupSettings'],
    );
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const nls of [read('package.nls.json'), read('package.nls.zh-cn.json')]) {
      for (const step of steps()) {
        const [title, description] = [nls[key(step.title)], nls[key(step.description)]];
        assert.ok(title && description, `${step.id}: a title and description in every language`);
        const commands = [...description.matchAll(/\]\(command:([\w.]+)\)/g)].map((m) => m[1]);
        assert.equal(commands.length, 1, `${step.id} has one button: ${description}`);
        assert.ok(registered.has(commands[0]), `${commands[0]} is registered`);
      }
    }
    const zh = read('package.nls.zh-cn.json');
    assert.match(zh['walkthrough.createApp.description'], /范围/, 'the glossary word for scope');
    assert.match(zh['walkthrough.signIn.description'], /帐户 ID/, 'the glossary word for account');
    for (const step of steps()) {
      for (const event of step.completionEvents ?? []) {
        if (event.startsWith('onCommand:')) assert.ok(registered.has(event.slice('onCommand:'.length)), event);
      }
    }
  });

  test("Copy the Scopes copies every scope of the README's table and of the step's text, one per line", async () => {
    await vscode.env.clipboard.writeText('');
    const copied = await vscode.commands.executeCommand<string>('zoomAdmin.copyScopes');
    const clipboard = await vscode.env.clipboard.readText();
    assert.equal(clipboard, copied);
    const scopes = clipboard.split('\n');
    const readme = fs.readFileSync(nodePath.join(ext().extensionPath, 'README.md'), 'utf8');
    const table = [...readme.matchAll(/^\s*\| `([a-z_:]+:admin)` \|/gm)].map((m) => m[1]);
    assert.ok(table.length >= 10, `the README lists its scopes (${table.length})`);
    assert.deepEqual([...scopes].sort(), [...table].sort(), 'the same scopes as the README');
    const text = read('package.nls.json')['walkthrough.createApp.description'];
    for (const scope of scopes) assert.ok(text.includes(scope), `the step names ${scope}`);
  });

  test('the walkthrough opens', async () => {
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    const tab = vscode.window.tabGroups.activeTabGroup.activeTab;
    assert.ok(tab, 'a tab opened');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
