// zoomAdmin.signIn: interactive by default; programmatic with `{ accountId, clientId, clientSecret }`
// or `{ accessToken }` (no prompts, returns the account key, throws the friendly message); and
// `{ accountKey }` (or an account row) to re-enter one account's credentials.
import type { AccountManager, SignInRequest } from '../auth/accountsApi';
import { signInInteractively } from '../auth/signInFlow';
import { refOf } from '../tree/objectRef';

export function signIn(accounts: AccountManager) {
  return async (arg?: unknown): Promise<string | undefined> => {
    const request = asRequest(arg);
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
