// The scopes without which the directory cannot be browsed at all, checked against the token's
// `scope` string at sign-in. Each need is met by its granular scope or by a classic scope that
// includes it (docs/zoom-api-facts.md §Scopes). Optional scopes (settings, roles, sub accounts) are not
// required: their nodes say what is missing when expanded.

interface ScopeNeed {
  granular: string;
  classic: readonly string[];
}

const REQUIRED: readonly ScopeNeed[] = [
  { granular: 'user:read:list_users:admin', classic: ['user:read:admin', 'user:write:admin'] },
  { granular: 'group:read:list_groups:admin', classic: ['group:read:admin', 'group:write:admin'] },
];

/** Granular names of the required scopes the token lacks; empty when the token lists no scopes. */
export function missingScopes(scope: string | undefined): string[] {
  const granted = new Set((scope ?? '').split(/[\s,]+/).filter(Boolean));
  if (granted.size === 0) return [];
  return REQUIRED.filter((n) => !granted.has(n.granular) && !n.classic.some((c) => granted.has(c))).map((n) => n.granular);
}

/** Every scope the extension can use (README, walkthrough's "Copy the scopes"): the required ones first. */
export const RECOMMENDED_SCOPES: readonly string[] = [
  ...REQUIRED.map((n) => n.granular),
  'user:read:user:admin',
  'user:read:summary:admin',
  'group:read:group:admin',
  'group:read:list_members:admin',
  'group:read:administrator:admin',
  'group:read:settings:admin',
  'group:read:lock_settings:admin',
  'account:read:settings:admin',
  'user:read:settings:admin',
  'role:read:list_roles:admin',
  'role:read:list_members:admin',
];
