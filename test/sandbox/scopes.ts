// The granular scopes a simulated S2S app holds by default, and what each endpoint accepts
// (any one of the listed scopes, as in each operation's `security` in the spec files).

export const ADMIN_SCOPES = [
  'user:read:list_users:admin',
  'user:read:user:admin',
  'user:read:summary:admin',
  'group:read:list_groups:admin',
  'group:read:group:admin',
  'group:read:list_members:admin',
  'group:read:administrator:admin',
  'group:read:settings:admin',
  'group:read:lock_settings:admin',
  'role:read:list_roles:admin',
  'role:read:role:admin',
  'role:read:list_members:admin',
  'account:read:settings:admin',
  'user:read:settings:admin',
  // The spec names no :admin granular scope for GET /accounts/{accountId}/lock_settings, only this one
  // (or classic account:read:admin), for the own account (`me`) too.
  'account:read:lock_settings:master',
] as const;

export const MASTER_SCOPES = [
  'account:read:list_sub_accounts:master',
  'account:read:sub_account:master',
  'user:read:list_users:master',
  'user:read:user:master',
  'user:read:summary:master',
  'group:read:list_groups:master',
  'group:read:group:master',
  'group:read:list_members:master',
  'group:read:administrator:master',
  'group:read:settings:master',
  'group:read:lock_settings:master',
  'role:read:list_roles:master',
  'role:read:role:master',
  'role:read:list_members:master',
  'account:read:settings:master',
  'user:read:settings:master',
] as const;

/** Scopes accepted by an endpoint: the classic ones plus the granular one (last). */
export interface ScopeRule {
  own: readonly string[];
  master: readonly string[];
}

const rule = (classic: string, granular: string, masterClassic: string): ScopeRule => ({
  own: [`${classic}:read:admin`, `${classic}:write:admin`, `${granular}:admin`],
  master: [`${masterClassic}:master`, `${granular}:master`],
});

export const SCOPE_RULES = {
  listUsers: rule('user', 'user:read:list_users', 'user'),
  getUser: rule('user', 'user:read:user', 'user'),
  userSummary: rule('user', 'user:read:summary', 'user'),
  listGroups: rule('group', 'group:read:list_groups', 'group'),
  getGroup: rule('group', 'group:read:group', 'group'),
  groupMembers: rule('group', 'group:read:list_members', 'group'),
  groupAdmins: rule('group', 'group:read:administrator', 'group'),
  groupSettings: rule('group', 'group:read:settings', 'group'),
  groupLockSettings: rule('group', 'group:read:lock_settings', 'group'),
  listRoles: rule('role', 'role:read:list_roles', 'role'),
  getRole: rule('role', 'role:read:role', 'role'),
  roleMembers: rule('role', 'role:read:list_members', 'role'),
  listSubAccounts: { own: ['account:master', 'account:read:master', 'account:read:list_sub_accounts:master'], master: [] },
  userSettings: {
    own: ['user:read', 'user:write', 'user:read:admin', 'user:write:admin', 'user:read:settings', 'user:read:settings:admin'],
    master: ['user:master', 'user:read:settings:master'],
  },
  // Own account: `me` or its id in the path. Another (sub) account: the :master scopes.
  accountSettings: {
    own: ['account:read:admin', 'account:read:settings:admin', 'account:read:settings:master'],
    master: ['account:read:admin', 'account:write:admin', 'account:read:settings:master'],
  },
  accountLockSettings: {
    own: ['account:read:admin', 'account:read:lock_settings:master'],
    master: ['account:read:admin', 'account:write:admin', 'account:read:lock_settings:master'],
  },
  getSubAccount: { own: ['account:master', 'account:read:sub_account:master', 'account:read:sub_account:admin'], master: [] },
} satisfies Record<string, ScopeRule>;

export type ScopeRuleName = keyof typeof SCOPE_RULES;
