// One place that knows Zoom's URL paths, in both forms: own account and /accounts/{id}/… for sub accounts.
import { ZoomInputError } from './errors';
import type { AccountScope } from './types';

/** Decodings tried: a proxy or server may decode a path more than once. */
const MAX_DECODES = 4;

/**
 * True when an ID would walk the API path instead of naming one object: empty, "." or "..", or a
 * "."/".." segment between slashes, as given or after percent-decoding (%2e%2e, %252e%252e, …).
 */
export function walksPath(id: string): boolean {
  let text = id;
  for (let i = 0; i <= MAX_DECODES; i++) {
    if (text.split(/[/\\]/).some((part) => part === '.' || part === '..') || text === '') return true;
    let decoded: string;
    try {
      decoded = decodeURIComponent(text);
    } catch {
      return false;
    }
    if (decoded === text) return false;
    text = decoded;
  }
  // Still encoded after that many rounds: nothing a real ID looks like.
  return true;
}

/** The ID as one encoded path segment; throws ZoomInputError naming it when it would walk the path. */
export function pathSegment(id: string): string {
  if (walksPath(id)) throw new ZoomInputError(id);
  return encodeURIComponent(id);
}

const seg = pathSegment;

function prefix(scope?: AccountScope): string {
  return scope?.subAccountId ? `/accounts/${seg(scope.subAccountId)}` : '';
}

export const paths = {
  users: (s?: AccountScope) => `${prefix(s)}/users`,
  user: (userIdOrEmail: string, s?: AccountScope) => `${prefix(s)}/users/${seg(userIdOrEmail)}`,
  userSummary: (s?: AccountScope) => `${prefix(s)}/users/summary`,
  groups: (s?: AccountScope) => `${prefix(s)}/groups`,
  group: (groupId: string, s?: AccountScope) => `${prefix(s)}/groups/${seg(groupId)}`,
  groupMembers: (groupId: string, s?: AccountScope) => `${prefix(s)}/groups/${seg(groupId)}/members`,
  groupAdmins: (groupId: string, s?: AccountScope) => `${prefix(s)}/groups/${seg(groupId)}/admins`,
  groupSettings: (groupId: string, s?: AccountScope) => `${prefix(s)}/groups/${seg(groupId)}/settings`,
  groupLockSettings: (groupId: string, s?: AccountScope) => `${prefix(s)}/groups/${seg(groupId)}/lock_settings`,
  userSettings: (userId: string, s?: AccountScope) => `${prefix(s)}/users/${seg(userId)}/settings`,
  // The account's own settings exist only in the /accounts/{accountId}/… form; `me` is the own account.
  accountSettings: (s?: AccountScope) => `/accounts/${seg(s?.subAccountId ?? 'me')}/settings`,
  accountLockSettings: (s?: AccountScope) => `/accounts/${seg(s?.subAccountId ?? 'me')}/lock_settings`,
  roles: (s?: AccountScope) => `${prefix(s)}/roles`,
  role: (roleId: string, s?: AccountScope) => `${prefix(s)}/roles/${seg(roleId)}`,
  roleMembers: (roleId: string, s?: AccountScope) => `${prefix(s)}/roles/${seg(roleId)}/members`,
  subAccounts: () => '/accounts',
  subAccount: (accountId: string) => `/accounts/${seg(accountId)}`,
};
