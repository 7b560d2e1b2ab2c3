// What the tree, documents and commands need from the account layer (implemented in accountStore.ts).
import type * as vscode from 'vscode';
import type { ZoomApi } from '../zoom/api';
import type { S2SCredentials } from '../zoom/auth';

/** One definition of the app credentials: the client's. */
export type { S2SCredentials };

export interface ZoomAccountInfo {
  /** Stable local key for this signed-in account (used in tree ids and zoom-admin: URIs). */
  key: string;
  /** The account's name where the API tells it, else its Zoom account id. */
  label: string;
  /** Zoom account id (S2S) if known. */
  zoomAccountId?: string;
  kind: 's2s' | 'token';
}

export interface ZoomAccounts {
  list(): readonly ZoomAccountInfo[];
  get(key: string): ZoomAccountInfo | undefined;
  /** The API client for an account; the same instance until the account changes. */
  client(key: string): ZoomApi;
  readonly onDidChange: vscode.Event<void>;
}

/** What `zoomAdmin.signIn` takes programmatically: an S2S app, or a pasted access token. */
export type SignInRequest = S2SCredentials | { accessToken: string };

/** The account layer as the sign-in/sign-out commands, status bar and tests see it. */
export interface AccountManager extends ZoomAccounts {
  /** Validates first, then stores; returns the account key. Throws an Error with a friendly message. */
  signIn(request: SignInRequest, reenterKey?: string): Promise<string>;
  /** Removes the account and every secret it stored; false if there was no such account. */
  signOut(key: string): Promise<boolean>;
  /** Keys of accounts whose token can no longer be renewed (credentials rejected, token expired). */
  needingCredentials(): readonly string[];
  /** Test hook: names (never values) of the secrets stored for an account. */
  secretKeysFor(key: string): Promise<string[]>;
}
