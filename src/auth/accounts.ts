// Signed-in Zoom accounts. Credentials and tokens (with expiry, so a reload costs no token request)
// live only in context.secrets; the non-secret list (key, label, kind, Zoom account id, api_url)
// in globalState. Other windows follow through secrets.onDidChange.
import * as vscode from 'vscode';
import type { ZoomApi } from '../zoom/api';
import type { AccessToken, TokenSource } from '../zoom/types';
import { ZoomClient } from '../zoom/client';
import { S2STokenSource, StaticTokenSource, type S2SCredentials } from '../zoom/auth';
import { trustedApiUrlFromToken } from '../zoom/urls';
import type { ZoomLog } from '../log';
import { AccountTokenSource } from './accountTokenSource';
import type { EndpointSettings } from './endpoints';
import { credentialsSecret, readCredentialsSecret } from './storedCredentials';
import { validateSignIn } from './validate';

/** One signed-in account, as the tree, the documents and the commands see it. */
export interface ZoomAccountInfo {
  /** Stable local key for this signed-in account (used in tree ids and zoom-admin: URIs). */
  key: string;
  /** The account's name where the API tells it, else its Zoom account id. */
  label: string;
  /** Zoom account id (S2S) if known. */
  zoomAccountId?: string;
  kind: 's2s' | 'token';
}

/** What `zoomAdmin.signIn` takes programmatically: an S2S app, or a pasted access token. */
export type SignInRequest = S2SCredentials | { accessToken: string };

interface StoredAccount extends ZoomAccountInfo {
  /** The token response's api_url, used only where trustedApiUrlFromToken allows it. */
  apiUrl?: string;
}

const META_KEY = 'zoomAdmin.accounts';
const SECRET_PREFIX = 'account/';
const secretNames = (key: string) => ({
  credentials: `${SECRET_PREFIX}${key}/credentials`,
  token: `${SECRET_PREFIX}${key}/token`,
});

/** Stable per Zoom account, so signing in to the same account again updates it. */
function accountKey(kind: ZoomAccountInfo['kind'], zoomAccountId: string): string {
  const safe = zoomAccountId.replace(/[^A-Za-z0-9_-]/g, '_');
  return kind === 's2s' ? safe : `token-${safe}`;
}

/**
 * The account layer, one class for every reader: the tree, documents and commands list accounts and
 * get their API client; the sign-in commands, status bar and `zoom` AuthenticationProvider also sign
 * in and out and follow the accounts' health.
 */
export class Accounts implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly healthChanged = new vscode.EventEmitter<void>();
  /** Fires when an account starts or stops needing new credentials. */
  readonly onDidChangeHealth = this.healthChanged.event;

  private readonly clients = new Map<string, { api: ZoomApi; tokens: AccountTokenSource }>();
  /**
   * Bumped (with the client dropped) the moment an account is signed out or signed in again: a
   * token renewal still in flight from before belongs to an older generation and is not stored.
   */
  private readonly generations = new Map<string, number>();
  private readonly failing = new Set<string>();
  /** Failing only because the endpoint settings moved away from where the credentials were proved. */
  private readonly unbound = new Set<string>();
  /** The credentials JSON this window last wrote or saw per key: tells our own writes from other windows'. */
  private readonly known = new Map<string, string | undefined>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly endpoints: EndpointSettings,
    private readonly log: ZoomLog,
  ) {
    this.disposables.push(
      this.changed,
      this.healthChanged,
      context.secrets.onDidChange((e) => void this.onSecretChanged(e.key)),
      endpoints.onDidChange(() => {
        for (const key of [...this.clients.keys()]) this.retire(key); // rebuilt on next use, checked against the new base URLs
        // Settings moved back (or elsewhere): whether the credentials apply is decided again on next use.
        for (const key of [...this.unbound]) this.setHealth(key, true);
        this.unbound.clear();
        this.changed.fire();
      }),
    );
  }

  list(): readonly ZoomAccountInfo[] {
    return this.stored().map(({ key, label, kind, zoomAccountId }) => ({ key, label, kind, zoomAccountId }));
  }

  get(key: string): ZoomAccountInfo | undefined {
    return this.list().find((a) => a.key === key);
  }

  /** The API client for an account; the same instance until the account changes. */
  client(key: string): ZoomApi {
    const existing = this.clients.get(key);
    if (existing) return existing.api;
    const account = this.stored().find((a) => a.key === key);
    if (!account) throw new Error(vscode.l10n.t('No Zoom account {0} is signed in.', key));
    const generation = this.generation(key);
    const tokens: AccountTokenSource = new AccountTokenSource(
      () => this.loadTokenSource(account, () => this.generation(key) === generation),
      // A retired client's late outcome says nothing about the account as it is now.
      (ok) => this.generation(key) === generation && this.setHealth(key, ok),
    );
    const apiBaseUrl = trustedApiUrlFromToken(account.apiUrl, this.endpoints.current.apiBaseUrl);
    const api = new ZoomClient({ apiBaseUrl, tokenSource: tokens, logger: this.log });
    this.clients.set(key, { api, tokens });
    return api;
  }

  /**
   * The account's access token for the AuthenticationProvider's sessions: the one it holds (cached or stored),
   * even past its expiry, because VS Code reads sessions whenever the Accounts menu opens and a listing must
   * not cost a token request; the client renews the token when it is used. Renewed here only when none is held.
   */
  async accessToken(key: string): Promise<string> {
    this.client(key);
    const entry = this.clients.get(key);
    if (!entry) throw new Error(vscode.l10n.t('No Zoom account {0} is signed in.', key));
    return ((await entry.tokens.heldToken()) ?? (await entry.tokens.getToken())).accessToken;
  }

  /** Keys of accounts whose token can no longer be renewed (credentials rejected, token expired). */
  needingCredentials(): readonly string[] {
    return [...this.failing].filter((k) => this.get(k));
  }

  /** Validates first, then stores; returns the account key. Throws an Error with a friendly message. */
  async signIn(request: SignInRequest, reenterKey?: string): Promise<string> {
    const endpoints = this.endpoints.current;
    const checked = await validateSignIn(request, endpoints, this.log);
    const key = accountKey(checked.kind, checked.zoomAccountId);
    if (reenterKey && reenterKey !== key) {
      throw new Error(
        vscode.l10n.t(
          'These credentials belong to Zoom account {0}, not to {1}. Nothing was changed.',
          checked.zoomAccountId,
          this.get(reenterKey)?.zoomAccountId ?? reenterKey,
        ),
      );
    }
    this.retire(key); // before the first write: a renewal from the old credentials must not land after it
    const names = secretNames(key);
    const credentials = credentialsSecret(checked.credentials, endpoints);
    this.known.set(key, credentials);
    await this.context.secrets.store(names.credentials, credentials);
    if (checked.kind === 's2s') await this.context.secrets.store(names.token, JSON.stringify(checked.token));
    const account: StoredAccount = {
      key,
      label: checked.label,
      kind: checked.kind,
      zoomAccountId: checked.zoomAccountId,
      apiUrl: checked.token.apiUrl,
    };
    await this.context.globalState.update(META_KEY, [...this.stored().filter((a) => a.key !== key), account]);
    this.retire(key); // a client made during the writes may hold the old credentials
    this.log.info(`Signed in account ${key} (${checked.kind})`);
    this.setHealth(key, true);
    this.changed.fire();
    return key;
  }

  /** Removes the account and every secret it stored; false if there was no such account. */
  async signOut(key: string): Promise<boolean> {
    if (!this.get(key)) return false;
    // Before the first await: a token renewal in flight must find its client gone and store nothing.
    this.retire(key);
    this.known.set(key, undefined);
    await this.context.globalState.update(
      META_KEY,
      this.stored().filter((a) => a.key !== key),
    );
    const names = secretNames(key);
    await Promise.all([this.context.secrets.delete(names.credentials), this.context.secrets.delete(names.token)]);
    this.setHealth(key, true);
    this.log.info(`Signed out account ${key}`);
    this.changed.fire();
    return true;
  }

  /** Test hook: names (never values) of the secrets stored for an account. */
  async secretKeysFor(key: string): Promise<string[]> {
    const present: string[] = [];
    for (const name of Object.values(secretNames(key))) {
      if ((await this.context.secrets.get(name)) !== undefined) present.push(name);
    }
    return present;
  }

  /** Drops the account's client and makes whatever it still has in flight stale. */
  private retire(key: string): void {
    this.clients.delete(key);
    this.generations.set(key, this.generation(key) + 1);
  }

  private generation(key: string): number {
    return this.generations.get(key) ?? 0;
  }

  private stored(): StoredAccount[] {
    return this.context.globalState.get<StoredAccount[]>(META_KEY, []);
  }

  private async loadTokenSource(account: StoredAccount, isCurrent: () => boolean): Promise<TokenSource> {
    const names = secretNames(account.key);
    const raw = await this.context.secrets.get(names.credentials);
    if (!raw) {
      throw new Error(vscode.l10n.t('The credentials of Zoom account {0} are missing from secret storage. Sign in again.', account.key));
    }
    this.known.set(account.key, raw);
    const read = readCredentialsSecret(raw, this.endpoints.current, account.label);
    if (!read.ok) {
      if (read.problem === 'moved') this.unbound.add(account.key);
      // The key only: the message names the account, and logs carry ids, not names.
      this.log.warn(`The stored credentials of account ${account.key} were not used (${read.problem === 'moved' ? 'bound to other endpoints' : 'unreadable'})`);
      throw new Error(read.message);
    }
    const { credentials } = read;
    if (credentials.kind === 'token') {
      this.log.protect(credentials.accessToken);
      return new StaticTokenSource({ accessToken: credentials.accessToken, expiresAt: credentials.expiresAt });
    }
    this.log.protect(credentials.clientSecret);
    const initial = parseToken(await this.context.secrets.get(names.token));
    this.log.protect(initial?.accessToken);
    const s2s: S2SCredentials = credentials;
    return new S2STokenSource({
      oauthBaseUrl: this.endpoints.current.oauthBaseUrl,
      accountId: s2s.accountId,
      clientId: s2s.clientId,
      clientSecret: s2s.clientSecret,
      logger: this.log,
      initial,
      onToken: (token: AccessToken) => {
        this.log.protect(token.accessToken);
        // A token that arrives after sign-out (or after new credentials) must not be stored.
        if (isCurrent()) void this.context.secrets.store(names.token, JSON.stringify(token));
      },
    });
  }

  /** Another window (or this one) changed an account's credentials: follow it. */
  private async onSecretChanged(name: string): Promise<void> {
    const match = /^account\/(.+)\/credentials$/.exec(name);
    if (!match) return;
    const key = match[1];
    const value = await this.context.secrets.get(name);
    if (this.known.has(key) && this.known.get(key) === value) return; // our own write
    this.known.set(key, value);
    this.retire(key);
    this.setHealth(key, true);
    this.log.info(`Account ${key} changed in another window`);
    this.changed.fire();
  }

  private setHealth(key: string, ok: boolean): void {
    const was = this.failing.has(key);
    if (ok === !was) return;
    if (ok) this.failing.delete(key);
    else this.failing.add(key);
    this.healthChanged.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

function parseToken(raw: string | undefined): AccessToken | undefined {
  if (!raw) return undefined;
  try {
    const token = JSON.parse(raw) as AccessToken;
    return typeof token.accessToken === 'string' && typeof token.expiresAt === 'number' ? token : undefined;
  } catch {
    return undefined;
  }
}
