// What the tree, documents and commands need from the account layer (implemented in accountStore.ts).
import type * as vscode from 'vscode';
import type { ZoomApi } from '../zoom/api';

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
