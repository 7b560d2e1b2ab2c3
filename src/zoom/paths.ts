// One place that knows Zoom's URL paths, in both forms: own account and /accounts/{id}/… for sub accounts.
import type { AccountScope } from './types';

const seg = encodeURIComponent;

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
  roles: (s?: AccountScope) => `${prefix(s)}/roles`,
  role: (roleId: string, s?: AccountScope) => `${prefix(s)}/roles/${seg(roleId)}`,
  roleMembers: (roleId: string, s?: AccountScope) => `${prefix(s)}/roles/${seg(roleId)}/members`,
  subAccounts: () => '/accounts',
  subAccount: (accountId: string) => `/accounts/${seg(accountId)}`,
};
