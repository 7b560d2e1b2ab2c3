// The /v2 endpoints: scope checks, account resolution for the master-account form, and the
// handlers. Bodies follow the 200 schemas of Zoom's OpenAPI specs (docs/zoom-api-facts.md §Where the facts come from).
import { toJson } from './json';
import { listKey, type PageRequest, type PageRules, type PageTokens } from './paging';
import { invalidField, reply, zoomError, type Reply } from './reply';
import type { Route } from './routes';
import { SCOPE_RULES } from './scopes';
import {
  ACCOUNT_SETTINGS_OPTIONS,
  accountLockSettings,
  accountSettings,
  groupLockSettings,
  groupSettings,
  pickFields,
  SETTINGS_OPTIONS,
  userSettings,
  type AccountSettingsOption,
  type SettingsOption,
} from './settings';
import type { IssuedToken } from './tokens';
import { groupAdmin, groupMember, listUserJson, roleMember, userDetailJson } from './userShapes';
import { FLAG, STATUSES, type SimAccount, type Status, type World } from './world';

export interface ApiCall {
  route: Route;
  /** Path relative to /v2, as requested (part of the page-token identity). */
  path: string;
  query: URLSearchParams;
  token: IssuedToken;
}

const USERS_PAGE: PageRules = { defaultSize: 30, maxSize: 2000, pageNumber: true };
const MEMBERS_PAGE: PageRules = { defaultSize: 30, maxSize: 2000, pageNumber: true };
const GROUPS_PAGE: PageRules = { defaultSize: 30, maxSize: 300, pageNumber: false };
const ADMINS_PAGE: PageRules = { defaultSize: 30, maxSize: 300, pageNumber: false };
const ROLE_MEMBERS_PAGE: PageRules = { defaultSize: 30, maxSize: 300, pageNumber: true };
const ACCOUNTS_PAGE: PageRules = { defaultSize: 30, maxSize: 300, pageNumber: true };

const GROUP_ROUTES = new Set(['listGroups', 'getGroup', 'groupMembers', 'groupAdmins', 'groupSettings', 'groupLockSettings']);
/** Routes of an account itself: /accounts/me/… and /accounts/{own id}/… are the own-account form. */
const ACCOUNT_ROUTES = new Set(['accountSettings', 'accountLockSettings']);
const LICENSES = ['zoom_workforce_management', 'zoom_compliance_management'] as const;
const INCLUDE_FIELDS = ['custom_attributes', 'host_key'];

const missingScope = (scope: string): Reply => zoomError(400, 4711, `Invalid access token, does not contain scopes:[${scope}].`);

export class Api {
  constructor(
    private readonly world: World,
    private readonly pages: PageTokens,
  ) {}

  handle(call: ApiCall): Reply {
    const { route, token } = call;
    const own = this.world.account(token.accountId);
    if (!own) return zoomError(401, 124, 'Invalid access token.');
    const rule = SCOPE_RULES[route.name];
    const ownForm =
      route.viaAccountId === undefined || (ACCOUNT_ROUTES.has(route.name) && (route.viaAccountId === 'me' || route.viaAccountId === own.accountId));
    const accepted = ownForm ? rule.own : rule.master;
    if (!accepted.some((s) => token.scopes.includes(s))) return missingScope(accepted[accepted.length - 1]);
    const target = route.viaAccountId === undefined ? own : this.subAccount(own, route.viaAccountId);
    if (!target) return zoomError(404, 2001, `Account does not exist: ${route.viaAccountId}`);
    if (GROUP_ROUTES.has(route.name) && target.plan === 'free') return zoomError(400, 200, 'Only available for Paid account.');
    return this[route.name](target, call);
  }

  /** The account an /accounts/{accountId}/… path addresses: "me", the master itself, or one of its sub accounts. */
  private subAccount(own: SimAccount, accountId: string): SimAccount | undefined {
    if (accountId === 'me' || accountId === own.accountId) return own;
    const sub = this.world.account(accountId);
    return sub && sub.parent === own ? sub : undefined;
  }

  private page<T>(
    call: ApiCall,
    rules: PageRules,
    items: ArrayLike<T>,
    defaults: Record<string, string> = {},
  ): { page: PageRequest; slice: T[]; next: string } | Reply {
    const key = listKey(call.token.accountId, call.path, call.query, defaults);
    const page = this.pages.request(key, call.query, rules);
    if ('status' in page) return page;
    const slice = Array.prototype.slice.call(items, page.offset, page.offset + page.size) as T[];
    return { page, slice, next: this.pages.next(key, page, items.length) };
  }

  private paged<T>(
    call: ApiCall,
    rules: PageRules,
    items: ArrayLike<T>,
    field: string,
    shape: (item: T) => unknown,
    extras: { counts: boolean; pageSize: boolean },
    defaults?: Record<string, string>,
  ): Reply {
    const p = this.page(call, rules, items, defaults);
    if ('status' in p) return p;
    const body: Record<string, unknown> = { next_page_token: p.next };
    if (extras.counts) {
      body.page_count = Math.ceil(items.length / p.page.size);
      body.page_number = p.page.number;
    }
    if (extras.pageSize) body.page_size = p.page.size;
    body.total_records = items.length;
    body[field] = p.slice.map(shape);
    return reply(200, body);
  }

  listUsers(a: SimAccount, call: ApiCall): Reply {
    const q = call.query;
    const status = (q.get('status') || 'active') as Status;
    if (!STATUSES.includes(status)) return invalidField('status');
    // One value, as the spec's enum says ("displays one of the following"): a comma list is refused.
    const include = q.get('include_fields') || undefined;
    if (include && !INCLUDE_FIELDS.includes(include)) return invalidField('include_fields');
    const license = q.get('license') || undefined;
    if (license && !LICENSES.includes(license as (typeof LICENSES)[number])) return invalidField('license');
    const roleId = q.get('role_id');
    const roleIndex = roleId ? (a.roleById(roleId)?.index ?? -1) : undefined;
    const list = roleIndex === -1 ? new Int32Array(0) : a.userList(status, roleIndex, license as (typeof LICENSES)[number] | undefined);
    const opts = { customAttributes: include === 'custom_attributes', hostKey: include === 'host_key' };
    const p = this.page(call, USERS_PAGE, list, { status: 'active' });
    if ('status' in p) return p;
    // Serialised by hand: pages of 2000 must be cheap, and big plan options must stay exact literals.
    const head = toJson({
      next_page_token: p.next,
      page_count: Math.ceil(list.length / p.page.size),
      page_number: p.page.number,
      page_size: p.page.size,
      total_records: list.length,
    });
    return reply(200, `${head.slice(0, -1)},"users":[${p.slice.map((i) => listUserJson(a, i, opts)).join(',')}]}`);
  }

  getUser(a: SimAccount, call: ApiCall): Reply {
    const userId = call.route.params.userId;
    const i = userId === 'me' ? 0 : a.findUser(userId);
    if (i < 0) return zoomError(404, 1001, `User does not exist: ${userId}.`);
    if (a.flags[i] & FLAG.inviteExpired) return zoomError(400, 1120, 'A valid invitation to join the Zoom account was not found for this user.');
    return reply(200, userDetailJson(a, i));
  }

  /** Type 2 is licensed, 1 basic, 4 (no meetings license) join-only; the total sums those and the rooms, not the pending. */
  userSummary(a: SimAccount): Reply {
    let licensed = 0;
    let basic = 0;
    let joinOnly = 0;
    for (let i = 0; i < a.size; i++) {
      if (a.status[i] === 2) continue;
      if (a.type[i] === 2) licensed++;
      else if (a.type[i] === 1) basic++;
      else joinOnly++;
    }
    return reply(200, {
      licensed_users_count: licensed,
      basic_users_count: basic,
      on_prem_users_count: 0,
      room_users_count: a.rooms,
      pending_users_count: a.counts.pending,
      join_only_users_count: joinOnly,
      total_users_count: licensed + basic + joinOnly + a.rooms,
    });
  }

  listGroups(a: SimAccount, call: ApiCall): Reply {
    const p = this.page(call, GROUPS_PAGE, a.groups);
    if ('status' in p) return p;
    return reply(200, {
      groups: p.slice.map((g) => ({ id: g.id, name: g.name, total_members: g.members.length })),
      total_records: a.groups.length,
      next_page_token: p.next,
    });
  }

  private group(a: SimAccount, call: ApiCall) {
    const id = call.route.params.groupId;
    const group = a.groupByIdOrUndefined(id);
    if (group) return group;
    if (this.world.groupOwner(id)) return zoomError(400, 1010, 'Group does not belong to your account.');
    return zoomError(404, 4130, `A group with this ${id} does not exist.`);
  }

  getGroup(a: SimAccount, call: ApiCall): Reply {
    const g = this.group(a, call);
    return 'status' in g ? g : reply(200, { id: g.id, name: g.name, total_members: g.members.length });
  }

  groupMembers(a: SimAccount, call: ApiCall): Reply {
    const g = this.group(a, call);
    if ('status' in g) return g;
    return this.paged(call, MEMBERS_PAGE, g.members, 'members', (i: number) => groupMember(a, i), { counts: true, pageSize: true });
  }

  groupAdmins(a: SimAccount, call: ApiCall): Reply {
    const g = this.group(a, call);
    if ('status' in g) return g;
    return this.paged(call, ADMINS_PAGE, g.admins, 'admins', (i: number) => groupAdmin(a, i), { counts: false, pageSize: true });
  }

  groupSettings(a: SimAccount, call: ApiCall): Reply {
    const g = this.group(a, call);
    if ('status' in g) return g;
    const option = call.query.get('option') || undefined;
    if (option && !SETTINGS_OPTIONS.includes(option as SettingsOption)) return invalidField('option');
    return reply(200, withFields(groupSettings(a, g, option as SettingsOption | undefined), call.query));
  }

  groupLockSettings(a: SimAccount, call: ApiCall): Reply {
    const g = this.group(a, call);
    if ('status' in g) return g;
    const option = call.query.get('option') || undefined;
    if (option && option !== 'meeting_security') return invalidField('option');
    return reply(200, groupLockSettings(a, g, option as 'meeting_security' | undefined));
  }

  userSettings(a: SimAccount, call: ApiCall): Reply {
    const userId = call.route.params.userId;
    const i = userId === 'me' ? 0 : a.findUser(userId);
    if (i < 0) return zoomError(404, 1001, `User does not exist: ${userId}.`);
    const option = call.query.get('option') || undefined;
    if (option && !SETTINGS_OPTIONS.includes(option as SettingsOption)) return invalidField('option');
    const groups = [0, 1, 2]
      .map((s) => a.groupSlots[i * 3 + s])
      .filter((g) => g >= 0)
      .map((g) => a.groups[g]);
    return reply(200, withFields(userSettings(a, i, groups, option as SettingsOption | undefined), call.query));
  }

  accountSettings(a: SimAccount, call: ApiCall): Reply {
    const option = call.query.get('option') || undefined;
    if (option && !ACCOUNT_SETTINGS_OPTIONS.includes(option as AccountSettingsOption)) return invalidField('option');
    return reply(200, withFields(accountSettings(a, option as AccountSettingsOption | undefined), call.query));
  }

  accountLockSettings(a: SimAccount, call: ApiCall): Reply {
    const option = call.query.get('option') || undefined;
    if (option && option !== 'meeting_security') return invalidField('option');
    return reply(200, withFields(accountLockSettings(a, option as 'meeting_security' | undefined) ?? {}, call.query));
  }

  listRoles(a: SimAccount, call: ApiCall): Reply {
    const type = call.query.get('type') || 'common';
    if (type !== 'common' && type !== 'iq') return invalidField('type');
    const roles = type === 'iq' ? [] : a.roles;
    return reply(200, {
      roles: roles.map((r) => ({ id: r.id, name: r.name, description: r.description, type: 'common', total_members: a.roleMembers(r.index).length })),
      total_records: roles.length,
    });
  }

  private role(a: SimAccount, call: ApiCall) {
    return a.roleById(call.route.params.roleId) ?? zoomError(400, 1034, 'Provided role_id does not exist.');
  }

  getRole(a: SimAccount, call: ApiCall): Reply {
    const r = this.role(a, call);
    if ('status' in r) return r;
    const privileges =
      r.index === 2
        ? []
        : r.index < 2
          ? ['User:Read', 'User:Edit', 'Group:Read', 'Group:Edit', 'Role:Read', 'Role:Edit', 'AccountSetting:Read']
          : ['User:Read', 'Group:Read'];
    return reply(200, {
      id: r.id,
      name: r.name,
      description: r.description,
      type: 'common',
      total_members: a.roleMembers(r.index).length,
      privileges,
      ...(a.master ? { sub_account_privileges: { second_level: r.index < 2 ? 1 : 4 } } : {}),
    });
  }

  roleMembers(a: SimAccount, call: ApiCall): Reply {
    const r = this.role(a, call);
    if ('status' in r) return r;
    return this.paged(call, ROLE_MEMBERS_PAGE, a.roleMembers(r.index), 'members', (i: number) => roleMember(a, i), { counts: true, pageSize: true });
  }

  listSubAccounts(a: SimAccount, call: ApiCall): Reply {
    const email = call.query.get('email');
    const subs = a.subAccounts.filter((s) => !email || s.email(0).toLowerCase() === email.toLowerCase());
    return this.paged(call, ACCOUNTS_PAGE, subs, 'accounts', (s: SimAccount) => subAccountItem(s), { counts: true, pageSize: true });
  }

  getSubAccount(a: SimAccount, call: ApiCall): Reply {
    const id = call.route.params.accountId;
    const sub = a.subAccounts.find((s) => s.accountId === id);
    if (!sub) return zoomError(404, 2001, `Account does not exist: ${id}`);
    return reply(200, {
      ...subAccountItem(sub),
      owner_id: sub.size > 0 ? sub.userId(0) : '',
      vanity_url: '',
      options: { share_rc: false, room_connector_list: [], share_mc: false, meeting_connector_list: [], pay_mode: 'master', billing_auto_renew: false },
    });
  }
}

function withFields(body: Record<string, unknown>, query: URLSearchParams): Record<string, unknown> {
  const fields = (query.get('custom_query_fields') ?? '')
    .split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  return fields.length > 0 ? pickFields(body, fields) : body;
}

function subAccountItem(s: SimAccount): Record<string, unknown> {
  const created = '2023-04-12T09:30:00Z';
  return {
    id: s.accountId,
    account_name: s.name,
    owner_email: s.size > 0 ? s.email(0) : '',
    account_type: s.plan === 'free' ? 'Free' : s.plan === 'pro' ? 'Pro' : 'Business',
    seats: s.counts.active + s.counts.inactive,
    subscription_start_time: created,
    subscription_end_time: '2027-04-12T09:30:00Z',
    created_at: created,
    account_number: s.accountNumber,
    reseller: false,
    bulk_license: false,
  };
}
