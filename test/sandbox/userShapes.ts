// The JSON shapes of one user, rebuilt from the compact arrays: list-users item, get-user,
// group member, role member, group admin. Field names follow the spec's 200 schemas.
import { bigIntLiteral } from './json';
import { DEPARTMENTS, JOB_TITLES, NAME_POOLS } from './names';
import { digitsFrom, hashOf, mix } from './random';
import { FLAG, STATUSES, type SimAccount } from './world';

/** Fixed reference instant so a seed always yields the same dates. */
const EPOCH = Date.UTC(2026, 2, 1);
const DAY = 86_400_000;

/** Plan values above 2^53, exactly as the spec's descriptions list them (education plans). */
const BIG_PLAN_OPTIONS = ['18014398509481984', '72057594037927936', '576460752303423488', '144115188075855872'];
const BUNDLE_OPTIONS = [4, 8, 16, 32, 64, 128, 33554432, 4398046511104];

const iso = (ms: number): string => new Date(ms - (ms % 1000)).toISOString().replace('.000Z', 'Z');

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

function planOption(a: SimAccount, i: number, h: number): number | string {
  return a.flags[i] & FLAG.bigPlan ? bigIntLiteral(BIG_PLAN_OPTIONS[h % BIG_PLAN_OPTIONS.length]) : BUNDLE_OPTIONS[h % BUNDLE_OPTIONS.length];
}

function licenseInfo(a: SimAccount, i: number, h: number): Record<string, unknown>[] | undefined {
  if (a.type[i] !== 2) return undefined;
  const sub = `SUBREF-${digitsFrom(mix(a.salt, 77), 6)}-${digitsFrom(mix(a.salt, 78), 6)}`;
  const list: Record<string, unknown>[] = [{ license_type: 'MEETING', license_option: 2, subscription_id: sub }];
  if (a.flags[i] & (FLAG.licenseBundle | FLAG.bigPlan)) {
    list.push({ license_type: 'ZOOM_WORKPLACE_BUNDLE', license_option: planOption(a, i, h), subscription_id: sub });
  }
  return list;
}

export interface ListOptions {
  customAttributes?: boolean;
  hostKey?: boolean;
}

/** One item of GET /users. Pending users have no id, pmi, login time or client version. */
export function listUser(a: SimAccount, i: number, opts: ListOptions = {}): Record<string, unknown> {
  const h = hashOf(a.salt, i);
  const pending = a.status[i] === 2;
  const n = names(a, i);
  const pool = NAME_POOLS[a.pool[i]];
  const created = EPOCH - (200 + (mix(h, 20) % 2300)) * DAY - (mix(h, 21) % DAY);
  const u: Record<string, unknown> = {};
  if (!pending) u.id = a.userId(i);
  u.first_name = n.first_name;
  u.last_name = n.last_name;
  u.display_name = n.display_name;
  u.email = a.email(i);
  u.type = a.type[i];
  if (!pending) u.pmi = Number(digitsFrom(mix(h, 22), 10));
  u.timezone = pool.timezones[mix(h, 23) % pool.timezones.length];
  u.verified = pending ? 0 : 1;
  u.dept = DEPARTMENTS[mix(h, 24) % DEPARTMENTS.length];
  u.user_created_at = iso(created);
  u.created_at = iso(pending ? created : created + (mix(h, 25) % 30) * DAY);
  if (!pending) {
    u.last_login_time = iso(EPOCH - (mix(h, 26) % (a.status[i] === 1 ? 400 : 60)) * DAY - (mix(h, 27) % DAY));
    u.last_client_version = a.clientVersion(i);
  }
  if (opts.customAttributes) u.custom_attributes = customAttributes(a, i, h);
  if (opts.hostKey && !pending) u.host_key = digitsFrom(mix(h, 28), 6);
  u.group_ids = groupIds(a, i);
  u.im_group_ids = [];
  u.division_ids = [];
  u.role_id = a.roles[a.role[i]].id;
  if (a.flags[i] & FLAG.sso) u.employee_unique_id = a.userId(i).split('').reverse().join('');
  if (a.type[i] === 2) u.plan_united_type = '1';
  u.status = STATUSES[a.status[i]];
  const lic = licenseInfo(a, i, h);
  if (lic) u.license_info_list = lic;
  return u;
}

function customAttributes(a: SimAccount, i: number, h: number): Record<string, string>[] {
  if (!(a.flags[i] & FLAG.customAttributes)) return [];
  return [
    { key: 'cbf_cost_center', name: 'Cost center', value: `CC-${digitsFrom(mix(h, 30), 4)}` },
    { key: 'cbf_badge', name: 'Badge', value: digitsFrom(mix(h, 31), 6) },
  ];
}

/** GET /users/{userId}: the list item plus the detail-only fields. */
export function userDetail(a: SimAccount, i: number): Record<string, unknown> {
  const h = hashOf(a.salt, i);
  const base = listUser(a, i, { customAttributes: true });
  const pool = NAME_POOLS[a.pool[i]];
  const role = a.roles[a.role[i]];
  const pmi = base.pmi as number | undefined;
  const detail: Record<string, unknown> = {
    ...base,
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
    phone_numbers: [{ code: '+1', country: 'US', label: 'Mobile', number: digitsFrom(mix(h, 42), 9), verified: true }],
    pic_url: `https://us05web.zoom.us/p/v2/${digitsFrom(mix(h, 43), 12)}.png`,
    pronouns_option: 1 + (mix(h, 44) % 3),
    vanity_url: '',
    jid: `${(base.id as string | undefined ?? 'pending').toLowerCase()}@xmpp.zoom.us`,
  };
  if (pmi !== undefined) detail.personal_meeting_url = `https://us05web.zoom.us/j/${pmi}`;
  if (a.status[i] !== 2) detail.cms_user_id = '';
  const manager = i > 0 ? mix(h, 45) % Math.min(i, 50) : -1;
  if (manager >= 0) detail.manager = a.email(manager);
  if (a.type[i] === 2 && a.flags[i] & (FLAG.licenseBundle | FLAG.bigPlan)) detail.zoom_one_type = planOption(a, i, h);
  return detail;
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

/** Group admins come back with e-mail and name only, no id (zoom-api-facts.md §7). */
export function groupAdmin(a: SimAccount, i: number): Record<string, unknown> {
  return { email: a.email(i), name: names(a, i).display_name };
}
