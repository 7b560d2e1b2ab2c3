// Explain Setting: where a key's value comes from, along account → group(s) → user, and which level
// decides. Zoom's tiered settings: an account lock decides for every group and user; a group lock
// decides for the group's members; otherwise the group's (for a group) or the user's own value.
//
// What the spec leaves open: a user in several groups. Zoom's help says the primary group's settings
// apply and the locked settings of the user's other groups still apply; it says nothing of two groups
// locking one key with different values. We resolve: the first locking group in the user's group_ids
// (which Zoom lists primary first) decides, and every other locking group with a different value is
// named as a conflict. No vscode here: the command renders the result.
import type { DocumentTarget } from '../documents/uri';
import type { ZoomApi } from '../zoom/api';
import { paths } from '../zoom/paths';
import { isLocked, lockOptionFor, parseBody, sameValue, valueAt, type Json } from './tree';

/** How many of a user's groups are read (Zoom allows few per user; this bounds the requests). */
const MAX_GROUPS = 20;

export interface Level {
  level: 'account' | 'group' | 'user';
  /** The group's id (level group). */
  id?: string;
  name?: string;
  /** Whether this level's document has the key, and its value there. */
  found: boolean;
  value?: unknown;
  /** Locked at this level (account and group); undefined when the view has no lock settings. */
  locked?: boolean;
}

export interface Explanation {
  path: string[];
  levels: Level[];
  decidedBy: { level: 'account' | 'group' | 'user'; id?: string; why: 'accountLock' | 'groupLock' | 'ownValue' };
  /** Other groups that lock the key with a different value than the deciding group's. */
  conflicts: Level[];
}

type Fetch = (path: string, query: Record<string, string | undefined>, what: string) => Promise<Json>;

/** Decides from the levels already read (account first, user last when present). */
export function decide(path: string[], levels: Level[]): Explanation {
  const [account] = levels;
  const groups = levels.filter((l) => l.level === 'group');
  const user = levels.find((l) => l.level === 'user');
  if (account.locked) return { path, levels, decidedBy: { level: 'account', why: 'accountLock' }, conflicts: [] };
  if (!user) {
    const group = groups[0];
    return { path, levels, decidedBy: { level: 'group', id: group?.id, why: group?.locked ? 'groupLock' : 'ownValue' }, conflicts: [] };
  }
  const locking = groups.filter((g) => g.locked);
  if (locking.length) {
    const [first, ...others] = locking;
    return { path, levels, decidedBy: { level: 'group', id: first.id, why: 'groupLock' }, conflicts: others.filter((g) => !sameValue(g.value, first.value)) };
  }
  return { path, levels, decidedBy: { level: 'user', why: 'ownValue' }, conflicts: [] };
}

/** Reads every level of the key for a group or user settings document (same view) and decides. */
export async function explain(target: DocumentTarget, path: string[], client: ZoomApi): Promise<Explanation> {
  const scope = target.subAccountId ? { subAccountId: target.subAccountId } : undefined;
  const view = { option: target.option, custom_query_fields: target.fields?.length ? target.fields.join(',') : undefined };
  const lockView = lockOptionFor(target.option);
  const fetch: Fetch = async (p, q, what) => parseBody(await client.getText(p, q), what);
  const level = (kind: Level['level'], body: Json, locks: Json | undefined, extra: Partial<Level> = {}): Level => {
    const at = valueAt(body, path);
    return {
      level: kind,
      ...extra,
      found: at.found,
      ...(at.found ? { value: at.value } : {}),
      ...(kind !== 'user' && lockView ? { locked: isLocked(locks, path) } : {}),
    };
  };
  const groupLevel = async (groupId: string, name?: string): Promise<Level> => {
    const [body, locks] = await Promise.all([
      fetch(paths.groupSettings(groupId, scope), view, 'group settings'),
      lockView ? fetch(paths.groupLockSettings(groupId, scope), lockView, 'group lock settings') : undefined,
    ]);
    return level('group', body, locks, { id: groupId, ...(name ? { name } : {}) });
  };
  const accountLevel = Promise.all([
    fetch(paths.accountSettings(scope), view, 'account settings'),
    lockView ? fetch(paths.accountLockSettings(scope), lockView, 'account lock settings') : undefined,
  ]).then(([body, locks]) => level('account', body, locks));

  if (target.kind === 'groupSettings') {
    return decide(path, await Promise.all([accountLevel, groupLevel(target.id, target.name)]));
  }
  if (target.kind !== 'userSettings') throw new Error(`Explain Setting applies to group and user settings, not ${target.kind}`);
  const [user, userBody] = await Promise.all([client.getUser(target.id, scope ?? {}), fetch(paths.userSettings(target.id, scope), view, 'user settings')]);
  const groupIds = (user.group_ids ?? []).slice(0, MAX_GROUPS);
  const names = await Promise.all(
    groupIds.map((id) =>
      client.getGroup(id, scope ?? {}).then(
        (g) => g.name,
        () => undefined,
      ),
    ),
  );
  const levels = await Promise.all([accountLevel, ...groupIds.map((id, i) => groupLevel(id, names[i]))]);
  return decide(path, [...levels, level('user', userBody, undefined, target.name ? { name: target.name } : {})]);
}
