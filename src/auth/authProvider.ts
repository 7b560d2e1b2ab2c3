// The `zoom` AuthenticationProvider: one session per signed-in account, so the accounts show in
// VS Code's Accounts menu and other extensions can ask for a Zoom session.
import * as vscode from 'vscode';
import type { Accounts, ZoomAccountInfo } from './accounts';
import { signInInteractively } from './signInFlow';

export const AUTH_PROVIDER_ID = 'zoom';

export class ZoomAuthenticationProvider implements vscode.AuthenticationProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<vscode.AuthenticationProviderAuthenticationSessionsChangeEvent>();
  readonly onDidChangeSessions = this.emitter.event;
  private known: readonly ZoomAccountInfo[];
  private readonly subscription: vscode.Disposable;

  constructor(private readonly accounts: Accounts) {
    this.known = accounts.list();
    this.subscription = accounts.onDidChange(() => this.fireDiff());
  }

  async getSessions(): Promise<vscode.AuthenticationSession[]> {
    const sessions: vscode.AuthenticationSession[] = [];
    for (const account of this.accounts.list()) {
      try {
        sessions.push(session(account, await this.accounts.accessToken(account.key)));
      } catch {
        // An account whose token cannot be had right now offers no session; the status bar says why.
      }
    }
    return sessions;
  }

  async createSession(): Promise<vscode.AuthenticationSession> {
    const key = await signInInteractively(this.accounts);
    const account = key ? this.accounts.get(key) : undefined;
    if (!account) throw new Error(vscode.l10n.t('Sign-in to Zoom was cancelled.'));
    return session(account, await this.accounts.accessToken(account.key));
  }

  async removeSession(sessionId: string): Promise<void> {
    await this.accounts.signOut(sessionId);
  }

  /** Listeners re-read sessions to get tokens; the event only says which accounts changed. */
  private fireDiff(): void {
    const before = new Map(this.known.map((a) => [a.key, a]));
    const now = this.accounts.list();
    const after = new Map(now.map((a) => [a.key, a]));
    this.known = now;
    const added = now.filter((a) => !before.has(a.key)).map((a) => session(a, ''));
    const removed = [...before.values()].filter((a) => !after.has(a.key)).map((a) => session(a, ''));
    const changed = now.filter((a) => before.has(a.key)).map((a) => session(a, ''));
    this.emitter.fire({ added, removed, changed });
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}

function session(account: ZoomAccountInfo, accessToken: string): vscode.AuthenticationSession {
  return { id: account.key, accessToken, account: { id: account.key, label: account.label }, scopes: [] };
}
