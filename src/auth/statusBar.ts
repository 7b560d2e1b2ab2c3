// The status bar item: which Zoom account(s) are signed in, and a warning state when an account's
// token cannot be renewed, whose click re-enters that account's credentials. The notification that
// says so comes at most once a minute: in-flight requests fail together and must not stack prompts.
import * as vscode from 'vscode';
import type { Accounts } from './accounts';
import { listText } from '../punctuation';

const PROMPT_COOLDOWN_MS = 60_000;

export class AccountStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('zoomAdmin.account', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[];
  private lastPromptAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly accounts: Accounts) {
    this.item.name = vscode.l10n.t('Zoom Account');
    this.subscriptions = [accounts.onDidChange(() => this.update()), accounts.onDidChangeHealth(() => this.update(true))];
    this.update();
  }

  private update(healthChanged = false): void {
    const all = this.accounts.list();
    if (all.length === 0) {
      this.item.hide();
      return;
    }
    const failingKey = this.accounts.needingCredentials()[0];
    const failing = failingKey ? this.accounts.get(failingKey) : undefined;
    if (failing) {
      const message = vscode.l10n.t('Zoom account {0} needs new credentials: its access token can no longer be renewed.', failing.label);
      this.item.text = `$(warning) ${failing.label}`;
      this.item.tooltip = `${message}\n${vscode.l10n.t('Click to enter them again.')}`;
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      this.item.command = reenterCommand(failing.key);
      if (healthChanged) this.prompt(message, failing.key);
    } else {
      this.item.text = all.length === 1 ? `$(account) ${all[0].label}` : `$(account) ${vscode.l10n.t('{0} Zoom accounts', all.length)}`;
      this.item.tooltip = vscode.l10n.t('Signed in to Zoom: {0}', listText(all.map((a) => a.label)));
      this.item.backgroundColor = undefined;
      this.item.command = { command: 'zoomAdmin.directory.focus', title: vscode.l10n.t('Show the Zoom directory') };
    }
    this.item.show();
  }

  private prompt(message: string, key: string): void {
    const now = Date.now();
    if (now - this.lastPromptAt < PROMPT_COOLDOWN_MS) return;
    this.lastPromptAt = now;
    const action = vscode.l10n.t('Enter Credentials');
    void vscode.window.showWarningMessage(message, action).then((picked) => {
      if (picked === action) void vscode.commands.executeCommand('zoomAdmin.signIn', { accountKey: key });
    });
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}

function reenterCommand(accountKey: string): vscode.Command {
  return { command: 'zoomAdmin.signIn', title: vscode.l10n.t('Enter Credentials'), arguments: [{ accountKey }] };
}
