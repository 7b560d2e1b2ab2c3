// The interactive sign-in: pick a method, ask for each value in turn, validate with a progress
// notification. Nothing is stored unless validation succeeds; a failure is shown and the
// admin's typing is offered back (except the secret) so a typo costs one retry, not three boxes.
import * as vscode from 'vscode';
import type { S2SCredentials } from '../zoom/auth';
import type { Accounts, SignInRequest } from './accounts';
import { messageOf } from '../failure';

type Method = 's2s' | 'token';

/** Runs the prompts; returns the account key, or undefined if the admin cancelled. */
export async function signInInteractively(accounts: Accounts, reenterKey?: string): Promise<string | undefined> {
  const reenter = reenterKey ? accounts.get(reenterKey) : undefined;
  const method = reenter ? reenter.kind : await pickMethod();
  if (!method) return undefined;
  let previous: Partial<S2SCredentials> = { accountId: reenter?.zoomAccountId };
  for (;;) {
    const request = method === 's2s' ? await askS2S(previous) : await askToken();
    if (!request) return undefined;
    try {
      return await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Signing in to Zoom: checking the credentials…') },
        () => accounts.signIn(request, reenter?.key),
      );
    } catch (error) {
      const retry = vscode.l10n.t('Try Again');
      const answer = await vscode.window.showErrorMessage(messageOf(error), retry);
      if (answer !== retry) return undefined;
      if ('accountId' in request) previous = { accountId: request.accountId, clientId: request.clientId };
    }
  }
}

async function pickMethod(): Promise<Method | undefined> {
  const items: (vscode.QuickPickItem & { method: Method })[] = [
    {
      method: 's2s',
      label: vscode.l10n.t('Server-to-Server OAuth app'),
      detail: vscode.l10n.t('Account ID, Client ID and Client Secret from the app page in the Zoom App Marketplace. Tokens are renewed automatically.'),
    },
    {
      method: 'token',
      label: vscode.l10n.t('Paste an access token'),
      detail: vscode.l10n.t('A short-lived token (one hour); sign in again when it expires.'),
    },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Zoom: Sign In'),
    placeHolder: vscode.l10n.t('How do you want to sign in?'),
    ignoreFocusOut: true,
  });
  return picked?.method;
}

/** The three values of a Server-to-Server OAuth app, asked in this order; the secret is never offered back. */
const S2S_STEPS: readonly { field: keyof S2SCredentials; prompt: () => string; password?: true }[] = [
  { field: 'accountId', prompt: () => vscode.l10n.t('Account ID of the Server-to-Server OAuth app (App Credentials page)') },
  { field: 'clientId', prompt: () => vscode.l10n.t('Client ID of the Server-to-Server OAuth app') },
  {
    field: 'clientSecret',
    password: true,
    prompt: () => vscode.l10n.t("Client Secret of the Server-to-Server OAuth app (kept in the editor's secret storage)"),
  },
];

async function askS2S(previous: Partial<S2SCredentials>): Promise<S2SCredentials | undefined> {
  const title = vscode.l10n.t('Zoom: Sign In with a Server-to-Server OAuth app');
  const answers: Partial<S2SCredentials> = {};
  for (const [i, { field, prompt, password }] of S2S_STEPS.entries()) {
    const answer = await ask({ title, step: `${i + 1}/${S2S_STEPS.length}`, prompt: prompt(), password, value: password ? undefined : previous[field] });
    if (answer === undefined) return undefined; // Escape on any box cancels the sign-in
    answers[field] = answer;
  }
  return answers as S2SCredentials;
}

async function askToken(): Promise<SignInRequest | undefined> {
  const accessToken = await ask({
    title: vscode.l10n.t('Zoom: Sign In with an access token'),
    password: true,
    prompt: vscode.l10n.t("Access token for the Zoom API (valid for one hour; kept in the editor's secret storage)"),
  });
  return accessToken === undefined ? undefined : { accessToken };
}

interface Ask {
  title: string;
  prompt: string;
  /** "2/3": which box of a multi-step input this is. */
  step?: string;
  value?: string;
  password?: boolean;
}

function ask(a: Ask): Promise<string | undefined> {
  return Promise.resolve(
    vscode.window.showInputBox({
      title: a.step ? `${a.title} (${a.step})` : a.title,
      prompt: a.prompt,
      value: a.value,
      password: a.password ?? false,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter a value: this field cannot be empty.')),
    }),
  ).then((v) => v?.trim());
}
