// Which account, and which Zoom object, a row, a command and a document are about (shared by
// src/tree, src/documents and the commands: documents are addressed by URI and need not know the tree).
// vscode-free, like src/documents/uri.ts which builds on it.
import type { AccountScope } from './zoom/types';

/**
 * Which account: a signed-in account (its key), or one of its sub accounts. The client's
 * AccountScope plus the key, so a Scope is what a client call of that account takes.
 */
export interface Scope extends AccountScope {
  /** ZoomAccountInfo.key of the signed-in account (the master account, for a sub account). */
  accountKey: string;
}

/** A scope's id, the prefix of its tree nodes' ids: `<accountKey>` or `<accountKey>/sub/<subAccountId>`. */
export function scopeId(scope: Scope): string {
  return scope.subAccountId ? `${scope.accountKey}/sub/${scope.subAccountId}` : scope.accountKey;
}

/** The client's form of a scope (without the key): a sub account's requests go to /accounts/{id}/…. */
export function apiScope(scope: Scope): AccountScope {
  return scope.subAccountId ? { subAccountId: scope.subAccountId } : {};
}

/** A Scope as a pick or a title names it: the account's label, or "Account › Sub account". */
export interface LabelledScope extends Scope {
  label: string;
}

export type ZoomObjectType = 'account' | 'subAccount' | 'user' | 'group' | 'role';

/** A Zoom object in its scope (subAccountId set when it lives in a sub account: paths go through /accounts/{id}/…). */
export interface ZoomObjectRef extends Scope {
  type: ZoomObjectType;
  /** User id, group id, role id or sub account id. Absent for pending users (they have no id). */
  id?: string;
  name?: string;
  email?: string;
}

/** Tree nodes that show a Zoom object carry its ref; command handlers accept such nodes. */
export interface HasObjectRef {
  readonly ref: ZoomObjectRef;
}

export function refOf(arg: unknown): ZoomObjectRef | undefined {
  const ref = (arg as Partial<HasObjectRef> | undefined)?.ref;
  return ref && typeof ref.accountKey === 'string' && typeof ref.type === 'string' ? ref : undefined;
}

/** The scope a row stands in: an object's row carries a ref, a folder (Users, Active, …) its scope. Undefined from the palette. */
export function scopeOfRow(arg: unknown): Scope | undefined {
  const row: Partial<Scope> | undefined = refOf(arg) ?? (arg as { scope?: Partial<Scope> } | undefined)?.scope;
  return row?.accountKey ? { accountKey: row.accountKey, ...(row.subAccountId ? { subAccountId: row.subAccountId } : {}) } : undefined;
}
