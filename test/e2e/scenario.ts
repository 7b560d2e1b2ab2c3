// The end-to-end scenario: a person opens the Zoom view of the installed extension, signs in through
// the command palette, browses users and groups, copies an ID, reads group settings and compares two
// groups. Every visible result is checked against the simulator's Zoom API.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { sim, type SimAccount } from '../vscode/sim';
import { CHINESE, labelsFor, type Language } from './labels';
import { Steps, check, type StepResult } from './steps';
import { Workbench, until } from './workbench';
import { zoomData } from './zoomData';

export interface ScenarioOptions {
  page: Page;
  language: Language;
  /** code-server's workbench URL with the folder to open. */
  workbenchUrl: string;
  shotsDir: string;
  /** When set, the README's screenshots (media/screenshots/) are taken again into this folder. */
  readmeShotsDir?: string;
}

interface ZoomUser { id?: string; email: string }
interface ZoomGroup { id: string; name: string }

/** The simulator account with more active users than one page (2000), so "Load more" appears. */
async function pickAccount(): Promise<SimAccount> {
  const accounts = await sim.accounts();
  const account = accounts.filter((a) => a.users.active > 2000 && a.groups >= 2).sort((a, b) => a.users.active - b.users.active)[0];
  check(account, `the simulator has no account with more than 2000 active users and 2 groups: ${accounts.map((a) => a.name).join(', ')}`);
  return account;
}

const digits = (s: string | null): string => (s ?? '').replace(/\D/g, '');

export async function runScenario({ page, language, workbenchUrl, shotsDir, readmeShotsDir }: ScenarioOptions): Promise<StepResult[]> {
  await sim.reset();
  const account = await pickAccount();
  const zoom = await zoomData(sim.url(), account);
  const L = labelsFor(language);
  const zh = language === 'zh-cn';
  const wb = new Workbench(page);
  const steps = new Steps(page, shotsDir, language, [account.clientSecret], () => wb.restMouse());
  /** A README picture (`<name>.png`, or `<name>.<language>.png`) of the step that just passed; `sidebarOnly` crops to the Zoom view. */
  const readmeShot = async (name: string, { sidebarOnly = false, languages = ['en'] as Language[] } = {}): Promise<void> => {
    if (!readmeShotsDir || !steps.lastOk || !languages.includes(language)) return;
    const size = page.viewportSize();
    const clip = sidebarOnly && size ? { x: 0, y: 0, width: ((await wb.sidebar.boundingBox())?.width ?? 440) + 60, height: size.height } : undefined;
    const file = language === 'en' ? `${name}.png` : `${name}.${language}.png`;
    await page.screenshot({ path: join(readmeShotsDir, file), ...(clip ? { clip } : {}) });
  };
  const users = await zoom.all<ZoomUser>('/users', 'users', { status: 'active' });
  const groups = (await zoom.all<ZoomGroup>('/groups', 'groups')).slice(0, 2);
  const [first, second] = groups;
  let settingsText = '';

  await steps.step('open the Zoom view', async () => {
    await page.goto(workbenchUrl);
    await wb.activity(L.nls('container.title')).click({ timeout: 60_000 });
    await wb.resizeSidebar(440); // room for names and emails in the screenshots
    const title = (await wb.sidebar.locator('.composite.title').textContent()) ?? '';
    check(title.toLowerCase().includes(L.nls('view.directory').toLowerCase()), `the sidebar title is "${title}", expected it to name the view "${L.nls('view.directory')}"`);
    if (zh) check(title.includes(CHINESE.viewTitle), `the sidebar title "${title}" is not in Chinese (${CHINESE.viewTitle})`);
  });

  await steps.step('the welcome view offers Sign In', async () => {
    const button = /\[([^\]]+)\]\(command:zoomAdmin\.signIn\)/.exec(L.nls('welcome.signIn'))?.[1];
    check(button, 'welcome.signIn has no [..](command:zoomAdmin.signIn) link');
    if (zh) check(button === CHINESE.signIn, `the Chinese Sign In button reads "${button}"`);
    await wb.sidebar.locator('.welcome-view-content').getByRole('button', { name: button }).waitFor({ state: 'visible' });
  });

  await steps.step('command palette: Zoom Sign In', async () => {
    if (zh) check(L.command('cmd.signIn') === `Zoom: ${CHINESE.signIn}`, `the palette entry is "${L.command('cmd.signIn')}"`);
    await wb.runCommand(L.command('cmd.signIn'));
    await wb.quickPickItem(L.t('Server-to-Server OAuth app')).waitFor({ state: 'visible' });
  });

  await steps.step('choose Server-to-Server OAuth and enter the account ID', async () => {
    await wb.quickPickItem(L.t('Server-to-Server OAuth app')).click();
    await wb.answerInputBox(L.t('Account ID of the Server-to-Server OAuth app (App Credentials page)'), account.accountId);
    await wb.quickInput.locator('.quick-input-message', { hasText: L.t('Client ID of the Server-to-Server OAuth app') }).waitFor({ state: 'visible' });
  });

  await steps.step('enter the client ID; the secret box is masked', async () => {
    await wb.answerInputBox(L.t('Client ID of the Server-to-Server OAuth app'), account.clientId);
    const prompt = L.t('Client Secret of the Server-to-Server OAuth app (kept in the editor\'s secret storage)');
    await wb.quickInput.locator('.quick-input-message', { hasText: prompt }).waitFor({ state: 'visible' });
    const type = await wb.quickInput.locator('input.input').getAttribute('type');
    check(type === 'password', `the Client Secret input box has type="${type}", expected a masked password box`);
  });

  await steps.step('enter the client secret: the account appears in the tree', async () => {
    await wb.answerInputBox(L.t('Client Secret of the Server-to-Server OAuth app (kept in the editor\'s secret storage)'), account.clientSecret);
    await wb.treeRow(account.name).waitFor({ state: 'visible' });
    await wb.treeRow(L.t('Users')).waitFor({ state: 'visible' });
    await wb.treeRow(L.t('Groups')).waitFor({ state: 'visible' });
  });

  await steps.step('expand Users and Active', async () => {
    await wb.expand(wb.treeRow(L.t('Users')));
    for (const status of ['Active', 'Inactive', 'Pending']) await wb.treeRow(L.t(status)).waitFor({ state: 'visible' });
    if (zh) {
      for (const word of [CHINESE.active, CHINESE.inactive, CHINESE.pending]) await wb.treeRow(word).waitFor({ state: 'visible' });
    }
    await wb.expand(wb.treeRow(L.t('Active')));
    const activeCount = wb.treeRow(L.t('Active')).locator('.label-description');
    await until(async () => digits(await activeCount.textContent()) === String(users.length), `the Active folder shows the simulator's count, ${users.length}`);
    // The first page is in the API's order: its first user is the first row.
    await wb.treeRowByDescription(users[0].email).waitFor({ state: 'visible' });
  });

  const last = users[users.length - 1];
  await steps.step('Load more', async () => {
    const more = wb.treeRow(L.t('Load more'));
    await wb.revealNearEnd(wb.treeRowByDescription(users[0].email), more);
    const shown = await more.locator('.label-description').textContent();
    // The first page is the spec maximum for users (2000).
    check(digits(shown) === `2000${users.length}`, `"Load more" says "${shown}", expected 2000 of ${users.length} shown`);
    await more.click();
    await until(async () => (await more.count()) === 0, `"Load more" goes away once all ${users.length} active users are loaded`);
    await wb.revealNearEnd(undefined, wb.treeRowByDescription(last.email)); // the click left the focus in the tree
  });

  await steps.step('Copy User ID from the context menu', async () => {
    check(last.id, `the simulator's last active user ${last.email} has no ID`);
    await wb.writeClipboard('');
    await wb.contextMenu(wb.treeRowByDescription(last.email), L.nls('cmd.copyUserId'));
    await until(async () => (await wb.readClipboard()) === last.id, `the clipboard holds ${last.id}, the ID of ${last.email} in the simulator`);
  });
  await readmeShot('users', { sidebarOnly: true, languages: ['zh-cn'] }); // English: the README's directory.png

  await steps.step('collapse Users and expand Groups', async () => {
    await page.keyboard.press('Home');
    await wb.collapse(wb.treeRow(L.t('Users')));
    await wb.expand(wb.treeRow(L.t('Groups')));
    for (const g of groups) await wb.treeRow(g.name).waitFor({ state: 'visible' });
  });

  await steps.step('Open Group Settings from the context menu', async () => {
    await wb.contextMenu(wb.treeRow(first.name), L.nls('cmd.openGroupSettings'));
    await wb.quickPickItem(L.t('All settings')).click();
    await wb.quickInput.locator('.quick-input-message', { hasText: L.t('Only these settings, comma-separated (for example: host_video, waiting_room). Leave empty for all.') }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await until(async () => ((await wb.activeTab().textContent()) ?? '').includes(first.name), `an editor tab named after ${first.name} is active`);
    await wb.activeEditor.locator('.view-lines').first().waitFor({ state: 'visible' });
    await until(async () => (settingsText = await wb.copyEditorText()).trim().startsWith('{'), 'the settings editor shows JSON');
    assert.deepEqual(JSON.parse(settingsText), await zoom.get(`/groups/${first.id}/settings`), `the editor's JSON differs from GET /groups/${first.id}/settings`);
  });

  await steps.step('typing in the settings is refused with the read-only message', async () => {
    const message = L.t('Zoom documents are read-only: this extension only reads your Zoom account. To change these settings, sign in to the [Zoom web portal]({0}) as an admin and open **User Management > Groups**, then use Refresh here.', '');
    const refusal = page.locator('.monaco-editor-overlaymessage', { hasText: message.slice(0, Math.min(message.indexOf('['), 30)) });
    const typeAt = async (key: string): Promise<void> => {
      await wb.activeEditor.locator('.view-lines').first().click();
      await page.keyboard.press(key);
      await page.keyboard.type('x');
      await refusal.waitFor({ state: 'visible' });
    };
    await typeAt('ControlOrMeta+End');
    const dirty = await wb.activeTab().evaluate((el) => el.classList.contains('dirty'));
    check(!dirty, 'the settings tab is marked dirty after typing');
    assert.equal(await wb.copyEditorText(), settingsText, 'typing changed the read-only settings');
    await typeAt('ControlOrMeta+Home'); // once more at the top, with no selection, for the screenshot
  });
  await readmeShot('group-settings');

  await steps.step('Compare Group Settings opens the diff editor', async () => {
    await page.keyboard.press('Escape');
    await wb.contextMenu(wb.treeRow(first.name), L.nls('cmd.compareGroupSettings'));
    await wb.quickPickItem(second.name).click();
    await wb.quickPickItem(L.t('All settings')).click();
    await wb.quickInput.locator('.quick-input-message').first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    const diff = wb.activeEditor.locator('.monaco-diff-editor');
    await diff.waitFor({ state: 'visible' });
    await until(async () => {
      const tab = (await wb.activeTab().textContent()) ?? '';
      return tab.includes(first.name) && tab.includes(second.name);
    }, `the diff tab names ${first.name} and ${second.name}`);
    // Side by side (the window is wide enough), and it marks changes exactly when Zoom's settings differ.
    await diff.locator('.editor.original').waitFor({ state: 'visible' });
    const [a, b] = await Promise.all([zoom.get(`/groups/${first.id}/settings`), zoom.get(`/groups/${second.id}/settings`)]);
    if (!isDeepStrictEqual(a, b)) {
      await until(async () => (await diff.locator('.line-insert, .line-delete, .char-insert, .char-delete').count()) > 0, 'the diff marks the settings that differ');
    }
  });
  await readmeShot('compare');

  return steps.results;
}
