// zoomAdmin.signIn: interactive by default; `{ accountKey }` (or an account row) re-enters one
// account's credentials. The tests (ExtensionMode.Test only) may also pass `{ accountId, clientId,
// clientSecret }` or `{ accessToken }`: no prompts, returns the account key, throws the friendly
// message. Outside the tests such arguments are ignored and the prompts run: any extension or
// command link can run a command, and must not sign the editor in to an account of its choosing.
import type { Accounts, SignInRequest } from '../auth/accounts';
import { signInInteractively } from '../auth/signInFlow';
import { refOf } from '../objectRef';
import { testOnly } from '../testMode';

export function signIn(accounts: Accounts, testMode: boolean) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const request = testOnly(testMode, asRequest(arg));
    if (request) return accounts.signIn(request);
    const reenterKey = refOf(arg)?.accountKey ?? stringField(arg, 'accountKey');
    return signInInteractively(accounts, reenterKey);
  };
}

function asRequest(arg: unknown): SignInRequest | undefined {
  const accessToken = stringField(arg, 'accessToken');
  if (accessToken !== undefined) return { accessToken };
  const accountId = stringField(arg, 'accountId');
  const clientId = stringField(arg, 'clientId');
  const clientSecret = stringField(arg, 'clientSecret');
  if (accountId === undefined && clientId === undefined && clientSecret === undefined) return undefined;
  // A partial request reaches validation, which names the missing field.
  return { accountId: accountId ?? '', clientId: clientId ?? '', clientSecret: clientSecret ?? '' };
}

function stringField(arg: unknown, name: string): string | undefined {
  const value = typeof arg === 'object' && arg !== null ? (arg as Record<string, unknown>)[name] : undefined;
  return typeof value === 'string' ? value : undefined;
}
