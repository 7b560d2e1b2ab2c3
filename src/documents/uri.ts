// The zoom-admin: URI layout, both ways. Pure (no vscode): the path names the object, the query the
// view; content never travels in a URI. A display label (the object's name) may sit in the last
// segment so the tab reads "Engineering · settings.json"; parsing ignores it and resolves by id.
//
//   /<accountKey>[/sub_accounts/<subId>]/groups/<groupId>/settings.json[?option=…&custom_query_fields=a,b]
//   /<accountKey>[/sub_accounts/<subId>]/groups/<groupId>/lock_settings.json[?option=meeting_security]
//   /<accountKey>[/sub_accounts/<subId>]/groups/<groupId>/overrides.json[?option=…&custom_query_fields=a,b]
//   /<accountKey>[/sub_accounts/<subId>]/users/<userId>/settings.json[?option=…&custom_query_fields=a,b]
//   /<accountKey>[/sub_accounts/<subId>]/account/{settings,lock_settings}.json[?option=…&custom_query_fields=a,b]
//   /<accountKey>[/sub_accounts/<subId>]/{groups,users,roles}/<id>.json
//   /<accountKey>/sub_accounts/<subId>.json
//   /<accountKey>[/sub_accounts/<subId>]/across/settings/<key path>.md[?sub_accounts=<id>,<id>]   (one key, every group)
//   /<accountKey>[/sub_accounts/<subId>]/across/sections/<section>.md[?sub_accounts=<id>,<id>]    (a section, every group)
//   /<accountKey>[/sub_accounts/<subId>]/live/account.json[?name=…]   /live/groups/<groupId>.json[?name=…]   (a snapshot file's live side)
// Named forms: …/groups/<groupId>/<name> · settings.json, …/users/<userId>/<name> · user.json, etc.
import type { Scope } from '../objectRef';
import { ZoomInputError } from '../zoom/errors';
import { walksPath } from '../zoom/paths';
import type { GroupSettingsOption } from '../zoom/types';

export const SCHEME = 'zoom-admin';

export type DocumentKind = SettingsKind | AcrossKind | LiveKind | 'group' | 'user' | 'role' | 'subAccount';
/** What Zoom holds now for a snapshot file (settings and lock settings of the account or a group), in the file's layout. */
export type LiveKind = 'liveAccountSnapshot' | 'liveGroupSnapshot';
/** Markdown tables of one key (id = "in_meeting.waiting_room") or a section (id = "recording") across every group. */
export type AcrossKind = 'settingAcross' | 'sectionAcross';
/** Documents of settings (and the overrides derived from two of them), which take a view. */
export type SettingsKind = 'groupSettings' | 'groupLockSettings' | 'groupOverrides' | 'userSettings' | 'accountSettings' | 'accountLockSettings';
/** A settings view: the `option` values of the settings endpoints (`security` is the account's only). */
export type SettingsOption = GroupSettingsOption | 'security';

/** A document: its scope (subAccountId: the sub account the object lives in; not for kind 'subAccount'), the object and the view. */
export interface DocumentTarget extends Scope {
  kind: DocumentKind;
  /** Group, user, role or sub account id; for the account documents, `me` or the sub account's id. */
  id: string;
  /** A view SETTINGS_FILES allows for the kind. */
  option?: SettingsOption;
  /** custom_query_fields (where SETTINGS_FILES allows it), as validated leaf names. */
  fields?: readonly string[];
  /** Display only: the object's name, shown in the tab title. Never used to resolve. */
  name?: string;
  /** Across kinds: the sub accounts whose groups are included too. */
  include?: readonly string[];
}

/** The path and query of a zoom-admin: URI (the scheme is SCHEME). */
export interface UriParts {
  path: string;
  query: string;
}

export const SETTINGS_OPTIONS: readonly SettingsOption[] = ['meeting_authentication', 'recording_authentication', 'meeting_security'];
export const LOCK_SETTINGS_OPTIONS: readonly SettingsOption[] = ['meeting_security'];
export const ACCOUNT_SETTINGS_OPTIONS: readonly SettingsOption[] = ['meeting_authentication', 'recording_authentication', 'security', 'meeting_security'];

/** Where each settings document lives (`account` holds no id segment) and which views Zoom serves for it. */
export const SETTINGS_FILES: Record<
  SettingsKind,
  { collection: 'groups' | 'users' | 'account'; file: string; options: readonly SettingsOption[]; fields: boolean }
> = {
  groupSettings: { collection: 'groups', file: 'settings', options: SETTINGS_OPTIONS, fields: true },
  groupLockSettings: { collection: 'groups', file: 'lock_settings', options: LOCK_SETTINGS_OPTIONS, fields: false },
  groupOverrides: { collection: 'groups', file: 'overrides', options: SETTINGS_OPTIONS, fields: true },
  userSettings: { collection: 'users', file: 'settings', options: SETTINGS_OPTIONS, fields: true },
  accountSettings: { collection: 'account', file: 'settings', options: ACCOUNT_SETTINGS_OPTIONS, fields: true },
  accountLockSettings: { collection: 'account', file: 'lock_settings', options: LOCK_SETTINGS_OPTIONS, fields: true },
};

const ACROSS_FOLDERS: Record<AcrossKind, string> = { settingAcross: 'settings', sectionAcross: 'sections' };
const KEY_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,7}$/;

export function isAcrossKind(kind: DocumentKind): kind is AcrossKind {
  return kind in ACROSS_FOLDERS;
}

export function isLiveKind(kind: DocumentKind): kind is LiveKind {
  return kind === 'liveAccountSnapshot' || kind === 'liveGroupSnapshot';
}

/** Documents whose text is served as made (Markdown, snapshot JSON), not re-indented like Zoom's JSON. */
export function isRawKind(kind: DocumentKind): boolean {
  return isAcrossKind(kind) || isLiveKind(kind);
}

export function isSettingsKind(kind: DocumentKind): kind is SettingsKind {
  return kind in SETTINGS_FILES;
}

/** The settings kind a file of a collection names ("users" + "settings" → userSettings). */
function settingsKindOf(collection: string, file: string): SettingsKind | undefined {
  return (Object.keys(SETTINGS_FILES) as SettingsKind[]).find((k) => SETTINGS_FILES[k].collection === collection && SETTINGS_FILES[k].file === file);
}

/** The separator between the display label and the file's own name in the last segment. */
export const LABEL_SEPARATOR = ' · ';

// Objects' files in the named form, per collection segment.
const OBJECT_FILES = { groups: 'group', users: 'user', roles: 'role', sub_accounts: 'sub_account' } as const;
type Collection = keyof typeof OBJECT_FILES;
const KIND_OF: Record<Collection, DocumentKind> = { groups: 'group', users: 'user', roles: 'role', sub_accounts: 'subAccount' };
const COLLECTION_OF: Record<'group' | 'user' | 'role' | 'subAccount', Collection> = {
  // Stryker disable next-line StringLiteral: equivalent for subAccount, whose paths buildUri writes before it looks here
  group: 'groups',
  user: 'users',
  role: 'roles',
  subAccount: 'sub_accounts',
};

const FIELD = /^[A-Za-z0-9_]+$/;

/** A name made safe for one path segment: no slashes, control characters or separator look-alikes at the ends. */
export function labelSegment(name: string | undefined): string | undefined {
  if (!name) return undefined;
  const safe = name
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[/\\]/g, '∕')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (!safe) return undefined;
  return safe.length > 80 ? `${safe.slice(0, 79)}…` : safe;
}

export function buildUri(target: DocumentTarget): UriParts {
  checkSegment(target.accountKey, 'account key');
  checkSegment(target.id, 'id');
  const label = labelSegment(target.name);
  const named = (file: string) => (label ? `${label}${LABEL_SEPARATOR}${file}.json` : `${file}.json`);
  let path = `/${target.accountKey}`;
  if (target.kind === 'subAccount') {
    return { path: `${path}/sub_accounts/${target.id}${label ? `/${named('sub_account')}` : '.json'}`, query: '' };
  }
  if (target.subAccountId) {
    checkSegment(target.subAccountId, 'sub account id');
    path += `/sub_accounts/${target.subAccountId}`;
  }
  if (isAcrossKind(target.kind)) {
    if (!KEY_PATH.test(target.id) || (target.kind === 'sectionAcross' && target.id.includes('.')))
      throw new Error(`invalid settings key ${JSON.stringify(target.id)}`);
    for (const id of target.include ?? []) checkSegment(id, 'sub account id');
    const include = target.include?.length ? `sub_accounts=${target.include.map(encodeURIComponent).join(',')}` : '';
    return { path: `${path}/across/${ACROSS_FOLDERS[target.kind]}/${target.id}.md`, query: include };
  }
  if (isLiveKind(target.kind)) {
    const name = target.name ? `name=${encodeURIComponent(target.name.slice(0, 200))}` : '';
    return { path: `${path}/live/${target.kind === 'liveAccountSnapshot' ? 'account.json' : `groups/${target.id}.json`}`, query: name };
  }
  if (isSettingsKind(target.kind)) {
    const { collection, file, options, fields: fieldsAllowed } = SETTINGS_FILES[target.kind];
    if (target.option && !options.includes(target.option)) throw new Error(`option ${target.option} does not apply to ${file}`);
    const fields = fieldsAllowed ? (target.fields ?? []) : [];
    for (const f of fields) if (!FIELD.test(f)) throw new Error(`invalid field name ${JSON.stringify(f)}`);
    const query = [target.option ? `option=${target.option}` : '', fields.length ? `custom_query_fields=${fields.join(',')}` : ''].filter(Boolean).join('&');
    const where = collection === 'account' ? 'account' : `${collection}/${target.id}`;
    return { path: `${path}/${where}/${named(file)}`, query };
  }
  const collection = COLLECTION_OF[target.kind];
  return { path: `${path}/${collection}/${target.id}${label ? `/${named(OBJECT_FILES[collection])}` : '.json'}`, query: '' };
}

/**
 * The target a URI names, or undefined when it is not a zoom-admin: document path. Throws
 * ZoomInputError naming the ID when an account, sub account or object ID would walk the API path
 * ("..", "%2e%2e", …): such a URI must not quietly show another object under this one's name.
 */
export function parseUri(parts: UriParts): DocumentTarget | undefined {
  const target = parseParts(parts);
  if (target) for (const id of [target.accountKey, target.subAccountId, target.id]) if (id !== undefined && walksPath(id)) throw new ZoomInputError(id);
  return target;
}

function parseParts(parts: UriParts): DocumentTarget | undefined {
  const segments = parts.path.split('/');
  if (segments[0] !== '' || segments.some((s, i) => i > 0 && !s)) return undefined;
  const [accountKey, ...rest] = segments.slice(1);
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, an empty key or a short path fails the checks below too (an early exit)
  if (!accountKey || rest.length < 2) return undefined;
  let subAccountId: string | undefined;
  let tail = rest;
  if (rest[0] === 'sub_accounts' && rest.length >= 4) {
    subAccountId = rest[1];
    tail = rest.slice(2);
  }
  const collection = tail[0] as Collection;
  const query = new URLSearchParams(parts.query);
  const known = new Set(tail[0] === 'across' ? ['sub_accounts'] : tail[0] === 'live' ? ['name'] : ['option', 'custom_query_fields']);
  if ([...query.keys()].some((k) => !known.has(k))) return undefined;
  if (tail[0] === 'across') return acrossTarget(accountKey, subAccountId, tail, query);
  if (tail[0] === 'live') return liveTarget(accountKey, subAccountId, tail, query);
  if (tail[0] === 'account') {
    // The account's own documents: no id segment; the id is the path's sub account, or `me`.
    return tail.length === 2 ? settingsTarget(accountKey, subAccountId, 'account', subAccountId ?? 'me', tail[1], query) : undefined;
  }
  if (!(collection in OBJECT_FILES) || (subAccountId && collection === 'sub_accounts')) return undefined;

  if (tail.length === 2) {
    if (parts.query || !tail[1].endsWith('.json')) return undefined;
    const id = tail[1].slice(0, -'.json'.length);
    return id ? withScope({ accountKey, kind: KIND_OF[collection], id }, subAccountId) : undefined;
  }
  if (tail.length !== 3) return undefined;
  const [, id, file] = tail;
  const { label, base } = splitFile(file) ?? {};
  // Stryker disable next-line ConditionalExpression: equivalent, settingsTarget refuses a file splitFile cannot split (an early exit)
  if (base === undefined) return undefined;
  if (base === OBJECT_FILES[collection] && label) {
    if (parts.query) return undefined;
    return withScope({ accountKey, kind: KIND_OF[collection], id, name: label }, subAccountId);
  }
  return settingsTarget(accountKey, subAccountId, collection, id, file, query);
}

function liveTarget(accountKey: string, subAccountId: string | undefined, tail: string[], query: URLSearchParams): DocumentTarget | undefined {
  const name = query.get('name') ?? undefined;
  const named = name ? { name } : {};
  if (tail.length === 2 && tail[1] === 'account.json')
    return withScope({ accountKey, kind: 'liveAccountSnapshot', id: subAccountId ?? 'me', ...named }, subAccountId);
  if (tail.length !== 3 || tail[1] !== 'groups' || !tail[2].endsWith('.json')) return undefined;
  const id = tail[2].slice(0, -'.json'.length);
  return id ? withScope({ accountKey, kind: 'liveGroupSnapshot', id, ...named }, subAccountId) : undefined;
}

function acrossTarget(accountKey: string, subAccountId: string | undefined, tail: string[], query: URLSearchParams): DocumentTarget | undefined {
  if (tail.length !== 3 || !tail[2].endsWith('.md')) return undefined;
  const kind = (Object.keys(ACROSS_FOLDERS) as AcrossKind[]).find((k) => ACROSS_FOLDERS[k] === tail[1]);
  const id = tail[2].slice(0, -'.md'.length);
  if (!kind || !KEY_PATH.test(id) || (kind === 'sectionAcross' && id.includes('.'))) return undefined;
  const include = (query.get('sub_accounts') ?? '').split(',').filter(Boolean);
  if (include.some((s) => s.includes('/'))) return undefined;
  return withScope({ accountKey, kind, id, ...(include.length ? { include } : {}) }, subAccountId);
}

/** "Engineering · settings.json" → label "Engineering", base "settings"; undefined when not .json. */
function splitFile(file: string): { label?: string; base: string } | undefined {
  if (!file.endsWith('.json')) return undefined;
  const cut = file.lastIndexOf(LABEL_SEPARATOR);
  // Stryker disable next-line EqualityOperator: equivalent, at 0 the label is empty and dropped either way
  const label = cut >= 0 ? file.slice(0, cut) || undefined : undefined;
  return { ...(label ? { label } : {}), base: file.slice(cut >= 0 ? cut + LABEL_SEPARATOR.length : 0, -'.json'.length) };
}

function settingsTarget(
  accountKey: string,
  subAccountId: string | undefined,
  collection: string,
  id: string,
  file: string,
  query: URLSearchParams,
): DocumentTarget | undefined {
  const split = splitFile(file);
  const kind = split && settingsKindOf(collection, split.base);
  if (!split || !kind) return undefined;
  const { options, fields: fieldsAllowed } = SETTINGS_FILES[kind];
  const option = query.get('option') ?? undefined;
  if (option !== undefined && !options.includes(option as SettingsOption)) return undefined;
  const rawFields = query.get('custom_query_fields');
  let fields: string[] | undefined;
  if (rawFields !== null) {
    if (!fieldsAllowed) return undefined;
    const parsed = parseFieldList(rawFields);
    if ('invalid' in parsed || !parsed.fields.length) return undefined;
    fields = parsed.fields;
  }
  const target: DocumentTarget = { accountKey, kind, id };
  if (option) target.option = option as SettingsOption;
  if (fields) target.fields = fields;
  if (split.label) target.name = split.label;
  return withScope(target, subAccountId);
}

/**
 * What a person typed as custom_query_fields: comma-separated leaf names ("host_video, waiting_room").
 * Blank entries are dropped; the first entry that is not a field name is reported.
 */
export function parseFieldList(input: string): { fields: string[] } | { invalid: string } {
  const fields = input
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const invalid = fields.find((f) => !FIELD.test(f));
  return invalid !== undefined ? { invalid } : { fields: [...new Set(fields)] };
}

function withScope(target: DocumentTarget, subAccountId: string | undefined): DocumentTarget {
  return subAccountId ? { ...target, subAccountId } : target;
}

function checkSegment(value: string, what: string): void {
  if (value.includes('/') || walksPath(value)) throw new Error(`invalid ${what} ${JSON.stringify(value)} for a zoom-admin: URI`);
}
