// The JSON shapes of one user, rebuilt from the compact arrays: list-users item, get-user,
// group member, role member, group admin. Field names follow the spec's 200 schemas.
import { DEPARTMENTS, JOB_TITLES, NAME_POOLS } from './names';
import { digitsFrom, hashOf, mix, numberFrom } from './random';
import { FLAG, STATUSES, type SimAccount } from './world';

/** Fixed reference instant so a seed always yields the same dates. */
const EPOCH = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

/** Plan values above 2^53, exactly as the spec's descriptions list them (education plans). */
const BIG_PLAN_OPTIONS = ['18014398509481984', '72057594037927936', '576460752303423488', '144115188075855872'];
const BUNDLE_OPTIONS = [4, 8, 16, 32, 64, 128, 33554432, 4398046511104];

const DAY_STRINGS = new Map<number, string>();
/** ISO date-time without milliseconds; hot (three per user per page), so days are cached. */
function iso(ms: number): string {
  const day = Math.floor(ms / DAY);
  let d = DAY_STRINGS.get(day);
  if (d === undefined) DAY_STRINGS.set(day, (d = new Date(day * DAY).toISOString().slice(0, 11)));
  const secs = Math.floor((ms - day * DAY) / 1000);
  const hh = Math.floor(secs / 3600);
  const mm = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  return `${d}${hh < 10 ? '0' : ''}${hh}:${mm < 10 ? '0' : ''}${mm}:${ss < 10 ? '0' : ''}${ss}Z`;
}

const str = JSON.stringify;

export interface UserNames {
  first_name: string;
  last_name: string;
  display_name: string;
}

export function names(a: SimAccount, i: number): UserNames {
  const pool = NAME_POOLS[a.pool[i]];
  const first = pool.first[a.first[i]][0];
  const last = pool.last[a.last[i]][0];
  return { first_name: first, last_name: last, display_name: pool.display(first, last) };
}

function groupIds(a: SimAccount, i: number): string[] {
  const out: string[] = [];
  for (let s = 0; s < 3; s++) {
    const g = a.groupSlots[i * 3 + s];
    if (g >= 0) out.push(a.groups[g].id);
  }
  return out;
}

/** A ZOOM_WORKPLACE_BUNDLE plan option; education plans are above 2^53 and stay raw JSON literals. */
function planOption(a: SimAccount, i: number, h: number): string {
  return a.flags[i] & FLAG.bigPlan ? BIG_PLAN_OPTIONS[h % BIG_PLAN_OPTIONS.length] : String(BUNDLE_OPTIONS[h % BUNDLE_OPTIONS.length]);
}

function licenseInfoJson(a: SimAccount, i: number, h: number): string {
  const sub = `"${a.subscriptionId}"`;
  let out = `[{"license_type":"MEETING","license_option":2,"subscription_id":${sub}}`;
  if (a.flags[i] & (FLAG.licenseBundle | FLAG.bigPlan)) {
    out += `,{"license_type":"ZOOM_WORKPLACE_BUNDLE","license_option":${planOption(a, i, h)},"subscription_id":${sub}}`;
  }
  return `${out}]`;
}

export interface ListOptions {
  customAttributes?: boolean;
  hostKey?: boolean;
}

/**
 * One item of GET /users, as JSON text: built directly because pages of 2000 must serialise fast,
 * and because license options above 2^53 must be written as exact integer literals.
 * Pending users have no id, pmi, login time or client version.
 */
export function listUserJson(a: SimAccount, i: number, opts: ListOptions = {}): string {
  const h = hashOf(a.salt, i);
  const pending = a.status[i] === 2;
  const n = names(a, i);
  const pool = NAME_POOLS[a.pool[i]];
  const created = EPOCH - (200 + (mix(h, 20) % 2300)) * DAY - (mix(h, 21) % DAY);
  let s = pending ? '{' : `{"id":"${a.userId(i)}",`;
  // Pool names, departments, ids and e-mails hold no characters JSON must escape (checked by a unit test).
  s += `"first_name":"${n.first_name}","last_name":"${n.last_name}","display_name":"${n.display_name}"`;
  s += `,"email":"${a.email(i)}","type":${a.type[i]}`;
  if (!pending) s += `,"pmi":${numberFrom(mix(h, 22), 10)}`;
  s += `,"timezone":"${pool.timezones[mix(h, 23) % pool.timezones.length]}","verified":${pending ? 0 : 1}`;
  s += `,"dept":"${DEPARTMENTS[mix(h, 24) % DEPARTMENTS.length]}"`;
  s += `,"user_created_at":"${iso(created)}","created_at":"${iso(pending ? created : created + (mix(h, 25) % 30) * DAY)}"`;
  if (!pending) {
    const login = EPOCH - (mix(h, 26) % (a.status[i] === 1 ? 400 : 60)) * DAY - (mix(h, 27) % DAY);
    s += `,"last_login_time":"${iso(login)}","last_client_version":"${a.clientVersion(i)}"`;
  }
  // Only for users who have attributes, as the spec says; and a host key only when asked for.
  if (opts.customAttributes && a.flags[i] & FLAG.customAttributes) s += `,"custom_attributes":${str(customAttributes(h))}`;
  if (opts.hostKey && !pending) s += `,"host_key":"${numberFrom(mix(h, 28), 6)}"`;
  s += `,"group_ids":[${groupIds(a, i)
    .map((g) => `"${g}"`)
    .join(',')}],"im_group_ids":[],"division_ids":[]`;
  s += `,"role_id":"${a.roles[a.role[i]].id}"`;
  if (a.flags[i] & FLAG.sso) s += `,"employee_unique_id":"${a.userId(i).split('').reverse().join('')}"`;
  if (a.type[i] === 2) s += ',"plan_united_type":"1"';
  s += `,"status":"${STATUSES[a.status[i]]}"`;
  if (a.type[i] === 2) s += `,"license_info_list":${licenseInfoJson(a, i, h)}`;
  return `${s}}`;
}

function customAttributes(h: number): Record<string, string>[] {
  return [
    { key: 'cbf_cost_center', name: 'Cost center', value: `CC-${digitsFrom(mix(h, 30), 4)}` },
    { key: 'cbf_badge', name: 'Badge', value: digitsFrom(mix(h, 31), 6) },
  ];
}

/** GET /users/{userId} as JSON text: the list item plus the detail-only fields. */
export function userDetailJson(a: SimAccount, i: number): string {
  const h = hashOf(a.salt, i);
  const pending = a.status[i] === 2;
  const pool = NAME_POOLS[a.pool[i]];
  const role = a.roles[a.role[i]];
  const id = pending ? undefined : a.userId(i);
  const extra: Record<string, unknown> = {
    role_name: role.name,
    use_pmi: mix(h, 40) % 4 === 0,
    account_id: a.accountId,
    account_number: a.accountNumber,
    cluster: 'us05',
    company: a.name,
    job_title: JOB_TITLES[mix(h, 41) % JOB_TITLES.length],
    cost_center: `CC-${digitsFrom(mix(h, 30), 4)}`,
    language: pool.language,
    location: pool.timezones[0].split('/')[1].replace('_', ' '),
    login_types: a.flags[i] & FLAG.sso ? [101] : [100],
    phone_country: 'US',
    phone_number: `+1 ${digitsFrom(mix(h, 42), 9)}`,
    phone_numbers: [{ code: '+1', country: 'US', label: 'Mobile', number: digitsFrom(mix(h, 42), 9), verified: true }],
    pic_url: `https://us05web.zoom.us/p/v2/${digitsFrom(mix(h, 43), 12)}.png`,
    pronouns_option: 1 + (mix(h, 44) % 3),
    vanity_url: '',
  };
  if (id) {
    extra.jid = `${id.toLowerCase()}@xmpp.zoom.us`;
    extra.personal_meeting_url = `https://us05web.zoom.us/j/${numberFrom(mix(h, 22), 10)}`;
    extra.cms_user_id = '';
  }
  if (i > 0) extra.manager = a.email(mix(h, 45) % Math.min(i, 50));
  let s = listUserJson(a, i, { customAttributes: true });
  s = `${s.slice(0, -1)},${str(extra).slice(1, -1)}`;
  if (a.type[i] === 2 && a.flags[i] & (FLAG.licenseBundle | FLAG.bigPlan)) s += `,"zoom_one_type":${planOption(a, i, h)}`;
  return `${s}}`;
}

export function groupMember(a: SimAccount, i: number): Record<string, unknown> {
  const n = names(a, i);
  return { id: a.userId(i), email: a.email(i), first_name: n.first_name, last_name: n.last_name, type: a.type[i] };
}

export function roleMember(a: SimAccount, i: number): Record<string, unknown> {
  const n = names(a, i);
  const dept = DEPARTMENTS[mix(hashOf(a.salt, i), 24) % DEPARTMENTS.length];
  return { id: a.userId(i), email: a.email(i), first_name: n.first_name, last_name: n.last_name, department: dept, type: a.type[i] };
}

/** Group admins come back with e-mail and name only, no id (docs/zoom-api-facts.md §Quirks). */
export function groupAdmin(a: SimAccount, i: number): Record<string, unknown> {
  return { email: a.email(i), name: names(a, i).display_name };
}
