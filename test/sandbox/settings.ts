// Settings at three levels (account → group → user) and the locks of the first two: spec-shaped
// fixtures, varied per object from the seed, in the `option` views, filtered by `custom_query_fields`,
// and consistent the way Zoom's tiered settings are: a key the account locks has the account's value
// in every group and user; a key one of a user's groups locks has that group's value (the first such
// group in the user's group_ids, which lists the primary group first); otherwise each level has its own.
import { ACCOUNT_SETTINGS_FIXTURES } from './fixtures/accountSettings';
import { GROUP_SETTINGS_FIXTURES } from './fixtures/groupSettings';
import { USER_SETTINGS_FIXTURES } from './fixtures/userSettings';
import { hashOf, hashString, mix } from './random';
import type { SimAccount, SimGroup } from './world';

export const SETTINGS_OPTIONS = ['meeting_authentication', 'recording_authentication', 'meeting_security'] as const;
export type SettingsOption = (typeof SETTINGS_OPTIONS)[number];
export const ACCOUNT_SETTINGS_OPTIONS = ['meeting_authentication', 'recording_authentication', 'security', 'meeting_security'] as const;
export type AccountSettingsOption = (typeof ACCOUNT_SETTINGS_OPTIONS)[number];

type Json = Record<string, unknown>;
/** The fixture key of a view: `settings` for the full body, else the option's name. */
type View = 'settings' | AccountSettingsOption;
const viewOf = (option: string | undefined): View => (option ?? 'settings') as View;
/** Locks exist for the full body and the meeting_security view only. */
const lockViewOf = (view: View): string | undefined =>
  view === 'settings' ? 'lock_settings' : view === 'meeting_security' ? 'lock_meeting_security' : undefined;

/** About one key in six is locked at each level. */
const LOCK_ONE_IN = 6;

const memo = new WeakMap<object, Map<string, Json>>();
function cached(owner: object, key: string, make: () => Json): Json {
  let perOwner = memo.get(owner);
  if (!perOwner) memo.set(owner, (perOwner = new Map()));
  let body = perOwner.get(key);
  if (!body) perOwner.set(key, (body = make()));
  return body;
}

/** A deep copy with about one boolean in five flipped, decided per (seed, field path). */
function vary(value: unknown, seed: number, path: string, domain: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => vary(v, seed, `${path}[${i}]`, domain));
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'domains' ? domain : vary(v, seed, `${path}.${k}`, domain);
    return out;
  }
  if (typeof value === 'boolean') return mix(seed, hashString(path)) % 5 === 0 ? !value : value;
  return value;
}

/** A lock body: the fixture's shape with each boolean true for about one key in LOCK_ONE_IN. */
function lockVariant(value: unknown, seed: number, path: string): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, lockVariant(v, seed, `${path}.${k}`)]));
  }
  return typeof value === 'boolean' ? mix(seed, hashString(`lock${path}`)) % LOCK_ONE_IN === 0 : value;
}

/** The paths (["in_meeting", "chat"]) a lock body marks true. */
export function lockedPaths(locks: Json | undefined): string[][] {
  const out: string[][] = [];
  const walk = (value: unknown, path: string[]) => {
    if (value === true) out.push(path);
    else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  if (locks) walk(locks, []);
  return out;
}

function getPath(body: Json, path: readonly string[]): { found: boolean; value?: unknown } {
  let at: unknown = body;
  for (const k of path) {
    if (!at || typeof at !== 'object' || Array.isArray(at) || !Object.hasOwn(at, k)) return { found: false };
    at = (at as Json)[k];
  }
  return { found: true, value: at };
}

/** Sets body's value at each locked path that both bodies have to the locking level's value. */
function impose(body: Json, locks: Json | undefined, from: Json, skip?: (path: string[]) => boolean): void {
  for (const path of lockedPaths(locks)) {
    if (skip?.(path)) continue;
    const source = getPath(from, path);
    if (!source.found || !getPath(body, path).found) continue;
    const parent = getPath(body, path.slice(0, -1)).value as Json;
    parent[path[path.length - 1]] = structuredClone(source.value);
  }
}

const isLocked = (locks: Json | undefined, path: readonly string[]) => getPath(locks ?? {}, path).value === true;

export function accountSettings(a: SimAccount, option?: AccountSettingsOption): Json {
  const view = viewOf(option);
  return cached(a, view, () => vary(ACCOUNT_SETTINGS_FIXTURES[view], hashOf(a.salt, 'account-settings'), '', a.domain) as Json);
}

/** Account locks: the full body or option=meeting_security; undefined for views without locks. */
export function accountLockSettings(a: SimAccount, option?: 'meeting_security'): Json | undefined {
  const lockView = lockViewOf(viewOf(option));
  return lockView === undefined
    ? undefined
    : cached(a, lockView, () => lockVariant(ACCOUNT_SETTINGS_FIXTURES[lockView], hashOf(a.salt, 'account-locks'), '') as Json);
}

export function groupSettings(a: SimAccount, group: SimGroup, option?: SettingsOption): Json {
  const view = viewOf(option);
  return cached(group, view, () => {
    const body = vary(GROUP_SETTINGS_FIXTURES[view], hashOf(a.salt, 'settings', group.index), '', a.domain) as Json;
    if (lockViewOf(view)) impose(body, accountLockSettings(a, lockOption(view)), accountSettings(a, option));
    return body;
  });
}

export function groupLockSettings(a: SimAccount, group: SimGroup, option?: 'meeting_security'): Json {
  const lockView = lockViewOf(viewOf(option)) ?? 'lock_settings';
  return cached(group, lockView, () => lockVariant(GROUP_SETTINGS_FIXTURES[lockView], hashOf(a.salt, 'group-locks', group.index), '') as Json);
}

/** A user's settings: their own values, then their groups' locked values, then the account's locked values. */
export function userSettings(a: SimAccount, user: number, groups: readonly SimGroup[], option?: SettingsOption): Json {
  const view = viewOf(option);
  const lockOpt = lockOption(view);
  const body = vary(USER_SETTINGS_FIXTURES[view], hashOf(a.salt, 'user-settings', user), '', a.domain) as Json;
  if (lockViewOf(view)) {
    const accountLocks = accountLockSettings(a, lockOpt);
    // Last group first, so the first locking group in group_ids (the primary group first) wins.
    for (const g of [...groups].reverse()) {
      impose(body, groupLockSettings(a, g, lockOpt), groupSettings(a, g, option), (path) => isLocked(accountLocks, path));
    }
    impose(body, accountLocks, accountSettings(a, option));
  }
  return body;
}

/**
 * Sets one value of the full settings of the account (no group) or a group, in place, so every
 * later answer (custom_query_fields too) has it. Option views are cached apart and keep theirs.
 */
export function setSettingValue(a: SimAccount, group: SimGroup | undefined, path: readonly string[], value: unknown): void {
  const body = group ? groupSettings(a, group) : accountSettings(a);
  const parent = getPath(body, path.slice(0, -1));
  const last = path[path.length - 1];
  if (!parent.found || !parent.value || typeof parent.value !== 'object' || !Object.hasOwn(parent.value, last)) {
    throw new Error(`no setting ${path.join('.')}`);
  }
  (parent.value as Json)[last] = structuredClone(value);
}

function lockOption(view: View): 'meeting_security' | undefined {
  return view === 'meeting_security' ? 'meeting_security' : undefined;
}

/**
 * `custom_query_fields=host_video,participant_video` keeps only those fields, nested under their
 * sections: `{ "schedule_meeting": { "host_video": false, "participant_video": true } }`.
 * A name that is itself a top-level key keeps that whole key.
 */
export function pickFields(body: Json, fields: readonly string[]): Json {
  const wanted = new Set(fields);
  const out: Json = {};
  for (const [section, value] of Object.entries(body)) {
    if (wanted.has(section)) {
      out[section] = value;
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const picked = Object.entries(value as Json).filter(([k]) => wanted.has(k));
    if (picked.length > 0) out[section] = Object.fromEntries(picked);
  }
  return out;
}
