// What a person does in the VS Code workbench, as Playwright calls on code-server's page: the activity
// bar, the command palette and its input boxes, tree rows and their context menus, editors, the clipboard.
import type { Locator, Page } from 'playwright-core';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Matches an element whose whole text is `text` (labels are split into highlight spans). */
const exactly = (text: string): RegExp => new RegExp(`^\\s*${escape(text)}\\s*$`);

export class Workbench {
  constructor(readonly page: Page) {}

  get sidebar(): Locator {
    return this.page.locator('.part.sidebar');
  }

  get quickInput(): Locator {
    return this.page.locator('.quick-input-widget');
  }

  /** The activity-bar entry of a view container, by its title. */
  activity(title: string): Locator {
    return this.page.locator(`.part.activitybar a.action-label[aria-label="${title}"]`);
  }

  /** A row of the sidebar's tree whose label is exactly `label`. */
  treeRow(label: string): Locator {
    return this.sidebar.locator('.monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) });
  }

  /** A tree row whose description (the grey text after the label) is exactly `description`. */
  treeRowByDescription(description: string): Locator {
    return this.sidebar.locator('.monaco-list-row').filter({ has: this.page.locator('.label-description', { hasText: exactly(description) }) });
  }

  async expand(row: Locator): Promise<void> {
    await this.toggleTo(row, 'true');
  }

  async collapse(row: Locator): Promise<void> {
    await this.toggleTo(row, 'false');
  }

  /**
   * Selects `row` (see select) and opens or closes it with the keyboard, as a keyboard user does (the
   * profile sets workbench.tree.expandMode to doubleClick, so clicks never toggle a folder).
   */
  private async toggleTo(row: Locator, state: 'true' | 'false'): Promise<void> {
    const isThere = async (): Promise<boolean> => (await row.getAttribute('aria-expanded', { timeout: 5000 })) === state;
    if (await isThere()) return;
    await this.select(row);
    await this.page.keyboard.press(state === 'true' ? 'ArrowRight' : 'ArrowLeft');
    await until(isThere, `${row} has aria-expanded="${state}"`, 5000);
  }

  /**
   * Brings `target`, a row near the end of the tree, into view the way a keyboard user does: click a row
   * (`from`, or stay where the focus is), End, then Up until it shows. (The tree ignores large mouse-wheel steps: thousands of rows
   * would take hundreds of wheel turns.)
   */
  async revealNearEnd(from: Locator | undefined, target: Locator, { maxUp = 40 } = {}): Promise<void> {
    if (from) await this.select(from);
    await this.page.keyboard.press('End');
    for (let i = 0; i < maxUp && !(await target.isVisible()); i++) await this.page.keyboard.press('ArrowUp');
    await target.waitFor({ state: 'visible', timeout: 2000 });
    await this.restMouse();
  }

  /** Clicks `row` until it is the selected one (a click while the list re-renders can land on a neighbour). */
  async select(row: Locator, attempts = 3): Promise<void> {
    const selected = async (): Promise<boolean> => (await row.getAttribute('aria-selected', { timeout: 5000 })) === 'true';
    for (let i = 1; ; i++) {
      await row.click();
      const ok = await until(selected, `${row} is selected`, 2000).then(
        () => true,
        (e: unknown) => (i < attempts ? false : Promise.reject(e)),
      );
      if (ok) return;
    }
  }

  /** Moves the pointer off the tree, so no hover covers what the next screenshot shows. */
  async restMouse(): Promise<void> {
    const box = await this.page.locator('.part.statusbar').boundingBox();
    if (box) await this.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await this.page
      .locator('.workbench-hover')
      .first()
      .waitFor({ state: 'hidden', timeout: 3000 })
      .catch(() => undefined);
  }

  /** Drags the sash between the sidebar and the editors so the sidebar is `width` pixels wide. */
  async resizeSidebar(width: number): Promise<void> {
    const box = await this.sidebar.boundingBox();
    if (!box) throw new Error('The sidebar is not visible.');
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width - 1, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + width, y, { steps: 5 });
    await this.page.mouse.up();
    await this.restMouse();
  }

  /**
   * Right-clicks `target` and picks `action` from its context menu: hover, then Enter on the focused entry.
   * (A click that lands right after the menu opens can be swallowed, as VS Code guards against the
   * mouse-up of the right-click itself.)
   */
  async contextMenu(target: Locator, action: string): Promise<void> {
    await target.click({ button: 'right' });
    const item = this.page.locator('.context-view .action-item').filter({ has: this.page.locator('.action-label', { hasText: exactly(action) }) });
    await item.hover();
    await until(
      async () => (await item.getAttribute('class', { timeout: 1000 }))?.split(' ').includes('focused') ?? false,
      `the menu entry "${action}" has the focus`,
    );
    await this.page.keyboard.press('Enter');
    await item.waitFor({ state: 'hidden' });
    await this.restMouse();
  }

  /** F1, the command's palette label, Enter on exactly that entry. */
  async runCommand(label: string): Promise<void> {
    await this.page.keyboard.press('F1');
    await this.quickInput.waitFor({ state: 'visible' });
    await this.page.keyboard.insertText(label);
    await this.quickPickItem(label).click();
  }

  quickPickItem(label: string): Locator {
    return this.quickInput.locator('.monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: exactly(label) }) });
  }

  /** Waits for the input box that asks `prompt`, types `value` into it and presses Enter. */
  async answerInputBox(prompt: string, value: string): Promise<void> {
    await this.quickInput.locator('.quick-input-message', { hasText: prompt }).waitFor({ state: 'visible' });
    await this.page.keyboard.insertText(value);
    await this.page.keyboard.press('Enter');
  }

  get activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .editor-instance');
  }

  /** The active editor's whole text, taken the way a person would: Ctrl+A, Ctrl+C, then the clipboard. */
  async copyEditorText(editor: Locator = this.activeEditor.locator('.monaco-editor').last()): Promise<string> {
    await editor.locator('.view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('ControlOrMeta+C');
    return this.readClipboard();
  }

  readClipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async writeClipboard(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
  }

  /** A button of the sidebar's title bar (the view's title actions when the container has one view), by its label. */
  viewTitleAction(label: string): Locator {
    return this.sidebar.locator(`.composite.title a.action-label[aria-label="${label}"]`);
  }

  /** The placeholder of the quick input that is showing ("" when none). */
  async quickInputPlaceholder(): Promise<string> {
    if (!(await this.quickInput.isVisible())) return '';
    return (await this.quickInput.locator('input.input').getAttribute('placeholder', { timeout: 1000 })) ?? '';
  }

  /** A modal dialog (showWarningMessage with modal: true) whose message contains `message`. */
  dialog(message: string): Locator {
    return this.page.locator('.monaco-dialog-box').filter({ has: this.page.locator('.dialog-message-text', { hasText: message }) });
  }

  /** One of the dialog's buttons, by its exact label. */
  dialogButton(dialog: Locator, label: string): Locator {
    return dialog.locator('.dialog-buttons a.monaco-button', { hasText: exactly(label) });
  }

  /** A notification toast whose message contains `text`. */
  notification(text: string): Locator {
    return this.page
      .locator('.notifications-toasts .notification-toast')
      .filter({ has: this.page.locator('.notification-list-item-message', { hasText: text }) });
  }

  /** The title of the active editor tab. */
  activeTab(): Locator {
    return this.page.locator('.editor-group-container.active .tab.active');
  }
}

/** Polls `check` until it returns true; the error names what never happened. */
export async function until(check: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000} s waiting until ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
