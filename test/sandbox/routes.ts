// Which /v2 endpoint a path names, in both forms: /users… for the token's own account and
// /accounts/{accountId}/users… (master-account form) for a sub account.
import type { Label } from './rateLimits';
import type { ScopeRuleName } from './scopes';

export interface Route {
  name: ScopeRuleName;
  label: Label;
  /** Path parameters by name (decoded). */
  params: Record<string, string>;
  /** The {accountId} of the master-account form, when used. */
  viaAccountId?: string;
}

interface Pattern {
  name: ScopeRuleName;
  label: Label;
  segments: string[];
}

const p = (name: ScopeRuleName, label: Label, path: string): Pattern => ({ name, label, segments: path.split('/').filter(Boolean) });

/** Endpoints that exist in both forms (own account and /accounts/{accountId}/…). */
const SCOPED: Pattern[] = [
  p('listUsers', 'MEDIUM', 'users'),
  p('userSummary', 'MEDIUM', 'users/summary'),
  p('getUser', 'LIGHT', 'users/{userId}'),
  p('listGroups', 'MEDIUM', 'groups'),
  p('getGroup', 'LIGHT', 'groups/{groupId}'),
  p('groupMembers', 'MEDIUM', 'groups/{groupId}/members'),
  p('groupAdmins', 'MEDIUM', 'groups/{groupId}/admins'),
  p('groupSettings', 'MEDIUM', 'groups/{groupId}/settings'),
  p('groupLockSettings', 'MEDIUM', 'groups/{groupId}/lock_settings'),
  p('userSettings', 'MEDIUM', 'users/{userId}/settings'),
  p('listRoles', 'MEDIUM', 'roles'),
  p('getRole', 'LIGHT', 'roles/{roleId}'),
  p('roleMembers', 'MEDIUM', 'roles/{roleId}/members'),
];

/** Endpoints of an account itself, only in the /accounts/{accountId}/… form (`me` for the own account). */
const ACCOUNT_LEVEL: Pattern[] = [p('accountSettings', 'MEDIUM', 'settings'), p('accountLockSettings', 'MEDIUM', 'lock_settings')];

const MASTER_ONLY: Pattern[] = [p('listSubAccounts', 'MEDIUM', 'accounts'), p('getSubAccount', 'LIGHT', 'accounts/{accountId}')];

function matchPattern(patterns: Pattern[], segs: string[]): Route | undefined {
  for (const pat of patterns) {
    if (pat.segments.length !== segs.length) continue;
    const params: Record<string, string> = {};
    let ok = true;
    for (let i = 0; i < segs.length && ok; i++) {
      const want = pat.segments[i];
      if (want.startsWith('{')) params[want.slice(1, -1)] = segs[i];
      else ok = want === segs[i];
    }
    // A literal beats a parameter: /users/summary is not the user "summary".
    if (ok && !(pat.name === 'getUser' && segs[1] === 'summary')) return { name: pat.name, label: pat.label, params };
  }
  return undefined;
}

/** The route of an API path relative to /v2 (e.g. "/accounts/abc/users"), or undefined. */
export function resolveRoute(apiPath: string): Route | undefined {
  let segs: string[];
  try {
    segs = apiPath.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segs[0] === 'accounts' && segs.length >= 3) {
    const rest = segs.slice(2);
    const route = matchPattern(SCOPED, rest) ?? matchPattern(ACCOUNT_LEVEL, rest);
    return route && { ...route, viaAccountId: segs[1] };
  }
  return matchPattern(SCOPED, segs) ?? matchPattern(MASTER_ONLY, segs);
}
