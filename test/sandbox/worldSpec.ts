// What a test asks for: a seed and a list of accounts. buildWorld() turns it into data.

export type Plan = 'free' | 'pro' | 'business';

export interface UserCounts {
  active?: number;
  inactive?: number;
  pending?: number;
}

export interface AccountSpec {
  name: string;
  accountId: string;
  /** A master account may call /accounts and the /accounts/{id}/… forms for its sub accounts. */
  master?: boolean;
  /** Makes this account a sub account of that master. */
  parentAccountId?: string;
  /** A number means that many active users and no inactive or pending ones. */
  users?: number | UserCounts;
  groups?: number;
  /** Zoom Rooms, counted by /users/summary only (they are not users). Default 0. */
  rooms?: number;
  /** Total roles, counting the built-in Owner, Admin and Member (at least 3). */
  roles?: number;
  /** S2S app credentials; derived from the seed when absent. */
  clientId?: string;
  clientSecret?: string;
  /** The app's granted scopes (replaces the default set). */
  scopes?: string[];
  /** Scopes removed from the default set. */
  withoutScopes?: string[];
  /** false: the token endpoint answers "Account does not enabled the OAuth app type". */
  appActivated?: boolean;
  /** 'free' makes group endpoints answer code 200 "Only available for Paid account". Default 'business'. */
  plan?: Plan;
  /** Answer 429 when the per-second limit of the plan is exceeded (headers are always sent). */
  enforceRateLimits?: boolean;
  /** E-mail domain; derived from the name when absent. */
  domain?: string;
}

export interface WorldSpec {
  seed?: number;
  accounts: AccountSpec[];
}

/** The world CONTROL.md describes: a master with two sub accounts, and a plain account. */
export function defaultWorld(options: { seed?: number; acmeUsers?: UserCounts } = {}): WorldSpec {
  return {
    seed: options.seed ?? 1,
    accounts: [
      {
        name: 'Acme Corporation',
        accountId: 'acme-master-001',
        master: true,
        domain: 'acme.example.com',
        users: options.acmeUsers ?? { active: 2500, inactive: 120, pending: 45 },
        groups: 40,
        roles: 5,
        rooms: 12,
      },
      {
        name: 'Acme East',
        accountId: 'acme-sub-east',
        parentAccountId: 'acme-master-001',
        domain: 'east.acme.example.com',
        users: { active: 290, inactive: 8, pending: 4 },
        groups: 8,
        roles: 3,
        plan: 'pro',
        rooms: 3,
      },
      {
        name: 'Acme West',
        accountId: 'acme-sub-west',
        parentAccountId: 'acme-master-001',
        domain: 'west.acme.example.com',
        users: { active: 300, inactive: 5, pending: 2 },
        groups: 6,
        roles: 3,
        plan: 'pro',
      },
      { name: 'Globex', accountId: 'globex-002', domain: 'globex.example.com', users: { active: 180, inactive: 10, pending: 5 }, groups: 6, roles: 3 },
    ],
  };
}

/** One plain account of n active users (benchmarks). */
export function worldWithUsers(n: number, options: { seed?: number; groups?: number; inactive?: number; pending?: number } = {}): WorldSpec {
  return {
    seed: options.seed ?? 1,
    accounts: [
      {
        name: `Bench ${n}`,
        accountId: `bench-${n}`,
        domain: 'bench.example.com',
        users: { active: n, inactive: options.inactive ?? 0, pending: options.pending ?? 0 },
        groups: options.groups ?? Math.max(1, Math.min(300, Math.round(n / 250))),
        roles: 4,
      },
    ],
  };
}
