// A generated world: accounts with compact per-user arrays. Full user objects are built on
// demand (userShapes.ts), so a 100,000-user account costs a few typed arrays and starts in ms.
import { CLIENT_VERSIONS, GROUP_NAMES, NAME_POOLS, poolFor } from './names';
import { alnumFrom, digitsFrom, hashOf, idFrom, mix, numberFrom, unit } from './random';
import { ADMIN_SCOPES, MASTER_SCOPES } from './scopes';
import type { AccountSpec, Plan, WorldSpec } from './worldSpec';

export const STATUSES = ['active', 'inactive', 'pending'] as const;
export type Status = (typeof STATUSES)[number];

/** Per-user flag bits. */
export const FLAG = {
  sso: 1,
  workforce: 2,
  compliance: 4,
  bigPlan: 8,
  inviteExpired: 16,
  customAttributes: 32,
  licenseBundle: 64,
} as const;

export interface SimGroup {
  index: number;
  id: string;
  name: string;
  /** Indices of non-pending members, in user order. */
  members: Int32Array;
  /** Indices of the users who administer the group. */
  admins: number[];
}

export interface SimRole {
  index: number;
  id: string;
  name: string;
  description: string;
}

const BUILT_IN_ROLES = [
  { id: '0', name: 'Owner', description: 'Account owner has full privileges to access and manage a Zoom account.' },
  { id: '1', name: 'Admin', description: 'Admins have wide range privileges to access and manage a Zoom account.' },
  { id: '2', name: 'Member', description: 'Members have access to basic Zoom video meeting functions but no account management privileges.' },
];
const CUSTOM_ROLE_NAMES = ['Help Desk', 'Billing Admin', 'Auditor', 'Regional Admin', '安全审计员', 'Room Manager'];

export class SimAccount {
  readonly name: string;
  readonly accountId: string;
  readonly master: boolean;
  readonly parentAccountId?: string;
  readonly plan: Plan;
  /** Answer 429 above the per-second limit; switchable at run time (POST /_sim/rate-limits). */
  enforceRateLimits: boolean;
  /** Overrides the plan's per-second limit of every label (POST /_sim/rate-limits); undefined: the plan's. */
  perSecondLimit?: number;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly appActivated: boolean;
  readonly scopes: readonly string[];
  readonly domain: string;
  readonly salt: number;
  readonly accountNumber: number;
  readonly counts: Record<Status, number>;
  readonly size: number;
  readonly rooms: number;
  /** Per user: index into STATUSES, type, role index, name pool, first/last name index, flags. */
  readonly status: Uint8Array;
  readonly type: Uint8Array;
  readonly role: Uint8Array;
  readonly pool: Uint8Array;
  readonly first: Uint8Array;
  readonly last: Uint8Array;
  readonly flags: Uint8Array;
  /** Three group slots per user, -1 when empty. */
  readonly groupSlots: Int32Array;
  readonly groups: SimGroup[];
  readonly roles: SimRole[];
  readonly subAccounts: SimAccount[] = [];
  parent?: SimAccount;
  private readonly groupIndex = new Map<string, number>();
  private userIndex?: Map<string, number>;
  private readonly ids: string[] = [];
  /** The subscription id every licensed user of the account shares. */
  readonly subscriptionId: string;
  private readonly lists = new Map<string, Int32Array>();

  constructor(spec: AccountSpec, seed: number) {
    this.name = spec.name;
    this.accountId = spec.accountId;
    this.master = spec.master ?? false;
    this.parentAccountId = spec.parentAccountId;
    this.plan = spec.plan ?? 'business';
    this.enforceRateLimits = spec.enforceRateLimits ?? false;
    this.salt = hashOf(seed, spec.accountId);
    this.clientId = spec.clientId ?? alnumFrom(mix(this.salt, 101), 22);
    this.clientSecret = spec.clientSecret ?? alnumFrom(mix(this.salt, 202), 32);
    this.appActivated = spec.appActivated ?? true;
    const defaults: string[] = [...ADMIN_SCOPES, ...(this.master ? MASTER_SCOPES : [])];
    const without = new Set(spec.withoutScopes ?? []);
    this.scopes = (spec.scopes ?? defaults).filter((s) => !without.has(s));
    this.domain = spec.domain ?? `${spec.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example.com`;
    this.accountNumber = numberFrom(mix(this.salt, 303), 10);
    this.subscriptionId = `SUBREF-${digitsFrom(mix(this.salt, 77), 6)}-${digitsFrom(mix(this.salt, 78), 6)}`;

    const u = typeof spec.users === 'number' ? { active: spec.users } : (spec.users ?? { active: 20, inactive: 2, pending: 1 });
    this.counts = { active: u.active ?? 0, inactive: u.inactive ?? 0, pending: u.pending ?? 0 };
    this.rooms = Math.max(0, Math.floor(spec.rooms ?? 0));
    const n = (this.size = this.counts.active + this.counts.inactive + this.counts.pending);

    this.roles = buildRoles(this.salt, Math.max(3, spec.roles ?? 3));
    const groupCount = Math.max(0, spec.groups ?? 5);
    this.status = new Uint8Array(n);
    this.type = new Uint8Array(n);
    this.role = new Uint8Array(n);
    this.pool = new Uint8Array(n);
    this.first = new Uint8Array(n);
    this.last = new Uint8Array(n);
    this.flags = new Uint8Array(n);
    this.groupSlots = new Int32Array(n * 3).fill(-1);
    const memberCounts = new Int32Array(groupCount);
    const customRoles = this.roles.length - 3;

    for (let i = 0; i < n; i++) {
      const h = hashOf(this.salt, i);
      const st = i < this.counts.active ? 0 : i < this.counts.active + this.counts.inactive ? 1 : 2;
      this.status[i] = st;
      const p = poolFor(h % 100);
      this.pool[i] = p;
      this.first[i] = mix(h, 1) % NAME_POOLS[p].first.length;
      this.last[i] = mix(h, 2) % NAME_POOLS[p].last.length;
      const t = mix(h, 3) % 100;
      this.type[i] = i === 0 || t < 60 ? 2 : t < 95 ? 1 : 4;
      const r = mix(h, 4) % 100;
      this.role[i] = i === 0 ? 0 : r < 3 ? 1 : customRoles > 0 && r < 3 + customRoles * 3 ? 3 + ((r - 3) % customRoles) : 2;
      let f = 0;
      const fh = mix(h, 5);
      if (fh % 10 < 3) f |= FLAG.sso;
      if (fh % 100 < 5) f |= FLAG.workforce;
      if ((fh >>> 8) % 100 < 3) f |= FLAG.compliance;
      if (this.type[i] === 2 && (fh >>> 16) % 100 < 4) f |= FLAG.bigPlan;
      if (this.type[i] === 2 && (fh >>> 12) % 100 < 30) f |= FLAG.licenseBundle;
      if (st === 2 && (fh >>> 20) % 10 === 0) f |= FLAG.inviteExpired;
      if ((fh >>> 24) % 4 === 0) f |= FLAG.customAttributes;
      this.flags[i] = f;
      if (groupCount > 0) {
        const k = mix(h, 6) % 100;
        const want = k < 15 ? 0 : k < 65 ? 1 : k < 90 ? 2 : 3;
        let filled = 0;
        for (let a = 0; filled < Math.min(want, groupCount) && a < 8; a++) {
          // Skewed so that a few groups are large and most are small.
          const g = Math.floor(groupCount * Math.pow(unit(mix(h, 10 + a)), 1.7));
          const base = i * 3;
          if (this.groupSlots[base] === g || this.groupSlots[base + 1] === g) continue;
          this.groupSlots[base + filled++] = g;
          if (st !== 2) memberCounts[g]++;
        }
      }
    }
    this.groups = this.buildGroups(groupCount, memberCounts);
  }

  private buildGroups(count: number, memberCounts: Int32Array): SimGroup[] {
    const groups: SimGroup[] = [];
    for (let g = 0; g < count; g++) {
      const base = GROUP_NAMES[g % GROUP_NAMES.length];
      const name = g < GROUP_NAMES.length ? base : `${base} ${Math.floor(g / GROUP_NAMES.length) + 1}`;
      const id = idFrom(hashOf(this.salt, 'group', g));
      groups.push({ index: g, id, name, members: new Int32Array(memberCounts[g]), admins: [] });
      this.groupIndex.set(id, g);
    }
    const fill = new Int32Array(count);
    for (let i = 0; i < this.size; i++) {
      if (this.status[i] === 2) continue;
      for (let s = 0; s < 3; s++) {
        const g = this.groupSlots[i * 3 + s];
        if (g >= 0) groups[g].members[fill[g]++] = i;
      }
    }
    for (const group of groups) {
      // The first group has enough admins to need a second page at the default page size (30).
      const want = group.index === 0 ? 35 : hashOf(this.salt, 'admins', group.index) % 4;
      const m = group.members;
      for (let a = 0; a < Math.min(want, m.length); a++) group.admins.push(m[Math.floor((a * m.length) / Math.min(want, m.length))]);
    }
    return groups;
  }

  groupByIdOrUndefined(id: string): SimGroup | undefined {
    const g = this.groupIndex.get(id);
    return g === undefined ? undefined : this.groups[g];
  }

  roleById(id: string): SimRole | undefined {
    return this.roles.find((r) => r.id === id);
  }

  /** Cached: ids are asked for on every page and by every lookup. */
  userId(i: number): string {
    return (this.ids[i] ??= idFrom(hashOf(this.salt, 'user', i)));
  }

  email(i: number): string {
    const pool = NAME_POOLS[this.pool[i]];
    return `${pool.first[this.first[i]][1]}.${pool.last[this.last[i]][1]}${i + 1}@${this.domain}`;
  }

  clientVersion(i: number): string {
    return CLIENT_VERSIONS[hashOf(this.salt, 'cv', i) % CLIENT_VERSIONS.length];
  }

  /** Index of the user with this id or e-mail (case-insensitive), or -1. Built on first use. */
  findUser(idOrEmail: string): number {
    if (!this.userIndex) {
      this.userIndex = new Map();
      for (let i = 0; i < this.size; i++) {
        if (this.status[i] !== 2) this.userIndex.set(this.userId(i), i);
        this.userIndex.set(this.email(i).toLowerCase(), i);
      }
    }
    return this.userIndex.get(idOrEmail) ?? this.userIndex.get(idOrEmail.toLowerCase()) ?? -1;
  }

  /** User indices matching a users query, cached per filter. */
  userList(status: Status, roleIndex?: number, license?: 'zoom_workforce_management' | 'zoom_compliance_management'): Int32Array {
    const key = `${status}|${roleIndex ?? ''}|${license ?? ''}`;
    let list = this.lists.get(key);
    if (!list) {
      const st = STATUSES.indexOf(status);
      const bit = license === 'zoom_workforce_management' ? FLAG.workforce : license ? FLAG.compliance : 0;
      const out: number[] = [];
      for (let i = 0; i < this.size; i++) {
        if (this.status[i] !== st) continue;
        if (roleIndex !== undefined && this.role[i] !== roleIndex) continue;
        if (bit && !(this.flags[i] & bit)) continue;
        out.push(i);
      }
      list = Int32Array.from(out);
      this.lists.set(key, list);
    }
    return list;
  }

  /** Non-pending users holding a role. */
  roleMembers(roleIndex: number): Int32Array {
    const key = `role|${roleIndex}`;
    let list = this.lists.get(key);
    if (!list) {
      const out: number[] = [];
      for (let i = 0; i < this.size; i++) if (this.role[i] === roleIndex && this.status[i] !== 2) out.push(i);
      list = Int32Array.from(out);
      this.lists.set(key, list);
    }
    return list;
  }
}

function buildRoles(salt: number, count: number): SimRole[] {
  const roles: SimRole[] = BUILT_IN_ROLES.map((r, index) => ({ index, ...r }));
  for (let i = 3; i < count; i++) {
    const name = CUSTOM_ROLE_NAMES[(i - 3) % CUSTOM_ROLE_NAMES.length];
    roles.push({ index: i, id: idFrom(hashOf(salt, 'role', i)), name, description: `${name} (custom role)` });
  }
  return roles;
}

export class World {
  readonly seed: number;
  readonly accounts: SimAccount[];
  private readonly byId = new Map<string, SimAccount>();
  private readonly byClientId = new Map<string, SimAccount>();

  constructor(spec: WorldSpec) {
    this.seed = spec.seed ?? 1;
    this.accounts = spec.accounts.map((a) => new SimAccount(a, this.seed));
    for (const a of this.accounts) {
      if (this.byId.has(a.accountId)) throw new Error(`duplicate accountId ${a.accountId}`);
      this.byId.set(a.accountId, a);
      this.byClientId.set(a.clientId, a);
    }
    for (const a of this.accounts) {
      if (!a.parentAccountId) continue;
      const parent = this.byId.get(a.parentAccountId);
      if (!parent?.master) throw new Error(`${a.accountId}: parent ${a.parentAccountId} is not a master account in this world`);
      a.parent = parent;
      parent.subAccounts.push(a);
    }
  }

  account(accountId: string): SimAccount | undefined {
    return this.byId.get(accountId);
  }

  accountByClientId(clientId: string): SimAccount | undefined {
    return this.byClientId.get(clientId);
  }

  /** The account holding a group id, for the "does not belong to your account" answer. */
  groupOwner(groupId: string): SimAccount | undefined {
    return this.accounts.find((a) => a.groupByIdOrUndefined(groupId));
  }
}
