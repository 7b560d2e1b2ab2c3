// The credentials secret as stored: shape-checked on every read, and bound to the OAuth and API
// origins the credentials were proved against at sign-in. A corrupt or foreign value is never
// quoted (it may be most of a secret) and never sent; credentials proved against one host are
// never sent to another because a setting changed afterwards.
import * as vscode from 'vscode';
import { DEFAULT_ENDPOINTS, type Endpoints } from './endpoints';
import type { StoredCredentials } from './validate';

/** Where credentials were proved: the origins (scheme, host, port) of the two base URLs. */
interface Origins {
  oauth: string;
  api: string;
}

type StoredSecret = StoredCredentials & { origins: Origins };

export type CredentialsRead = { ok: true; credentials: StoredCredentials } | { ok: false; problem: 'unreadable' | 'moved'; message: string };

function originsOf(endpoints: Endpoints): Origins {
  return { oauth: new URL(endpoints.oauthBaseUrl).origin, api: new URL(endpoints.apiBaseUrl).origin };
}

/** The secret's text for credentials validated against `endpoints`. */
export function credentialsSecret(credentials: StoredCredentials, endpoints: Endpoints): string {
  const secret: StoredSecret = { ...credentials, origins: originsOf(endpoints) };
  return JSON.stringify(secret);
}

/** The stored credentials when they are well formed and bound to the endpoints in effect; else what to tell the admin. */
export function readCredentialsSecret(raw: string, endpoints: Endpoints, accountLabel: string): CredentialsRead {
  const parsed = parse(raw);
  const credentials = parsed && shaped(parsed);
  if (!parsed || !credentials || (parsed.origins !== undefined && !isOrigins(parsed.origins))) {
    return { ok: false, problem: 'unreadable', message: vscode.l10n.t('The stored credentials for {0} cannot be read; sign in again.', accountLabel) };
  }
  // Written before origins were recorded: those versions could only have proved them against the defaults' hosts.
  const proved = isOrigins(parsed.origins) ? parsed.origins : originsOf(DEFAULT_ENDPOINTS);
  const now = originsOf(endpoints);
  const moved =
    proved.oauth !== now.oauth
      ? ['zoomAdmin.oauthBaseUrl', proved.oauth, now.oauth]
      : proved.api !== now.api
        ? ['zoomAdmin.apiBaseUrl', proved.api, now.api]
        : undefined;
  if (moved) {
    return {
      ok: false,
      problem: 'moved',
      message: vscode.l10n.t(
        '{0} signed in against {2}, but the setting {1} now points to {3}. Its credentials are only sent where they were checked: sign in again to use it there.',
        accountLabel,
        ...moved,
      ),
    };
  }
  return { ok: true, credentials };
}

function parse(raw: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined; // SyntaxError's message quotes the text: never shown
  }
}

/** Only the fields a kind has, each of its type and non-empty. */
function shaped(v: Record<string, unknown>): StoredCredentials | undefined {
  const text = (x: unknown): x is string => typeof x === 'string' && x.length > 0;
  if (v.kind === 's2s' && text(v.accountId) && text(v.clientId) && text(v.clientSecret)) {
    return { kind: 's2s', accountId: v.accountId, clientId: v.clientId, clientSecret: v.clientSecret };
  }
  if (v.kind === 'token' && text(v.accessToken) && typeof v.expiresAt === 'number' && Number.isFinite(v.expiresAt)) {
    return { kind: 'token', accessToken: v.accessToken, expiresAt: v.expiresAt };
  }
  return undefined;
}

function isOrigins(v: unknown): v is Origins {
  const o = v as Partial<Origins> | null | undefined;
  return typeof o?.oauth === 'string' && typeof o.api === 'string';
}
