// The control surface of CONTROL.md, as methods (sim.control) and as /_sim/... HTTP routes.
import { Api } from './api';
import { Clock } from './clock';
import { Holds } from './holds';
import { faultProblem, Faults, type Fault, type FaultState } from './faults';
import { PageTokens } from './paging';
import { RateCounter } from './rateLimits';
import { RequestLog, type LoggedRequest } from './requestLog';
import { reply, type Reply } from './reply';
import { setSettingValue } from './settings';
import { TokenStore } from './tokens';
import { World, type SimAccount } from './world';
import { defaultWorld, type WorldSpec } from './worldSpec';

export interface AccountInfo {
  name: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  master: boolean;
  parentAccountId?: string;
  subAccountIds: string[];
  plan: string;
  appActivated: boolean;
  scopes: string[];
  users: { active: number; inactive: number; pending: number; total: number };
  groups: number;
  roles: number;
  /** The owner (user index 0): what GET /users/me answers. */
  ownerEmail?: string;
}

function accountInfo(a: SimAccount): AccountInfo {
  return {
    name: a.name,
    accountId: a.accountId,
    clientId: a.clientId,
    clientSecret: a.clientSecret,
    master: a.master,
    ...(a.parentAccountId ? { parentAccountId: a.parentAccountId } : {}),
    subAccountIds: a.subAccounts.map((s) => s.accountId),
    plan: a.plan,
    appActivated: a.appActivated,
    scopes: [...a.scopes],
    users: { ...a.counts, total: a.size },
    groups: a.groups.length,
    roles: a.roles.length,
    ...(a.size > 0 ? { ownerEmail: a.email(0) } : {}),
  };
}

/** Mutable simulator state. reset() swaps the world and clears everything else. */
export class SimState {
  readonly clock = new Clock();
  readonly tokens = new TokenStore(this.clock);
  readonly pages = new PageTokens(this.clock);
  readonly faults = new Faults();
  readonly holds = new Holds();
  readonly log = new RequestLog();
  readonly rates = new RateCounter();
  world: World;
  api: Api;
  latencyMs: number;

  constructor(
    spec: WorldSpec,
    latencyMs: number,
    private readonly startPageSizeCap?: number,
  ) {
    this.world = new World(spec);
    this.api = new Api(this.world, this.pages);
    this.latencyMs = latencyMs;
    this.pages.pageSizeCap = startPageSizeCap;
  }

  reset(spec: WorldSpec): void {
    this.world = new World(spec);
    this.api = new Api(this.world, this.pages);
    this.faults.clear();
    this.holds.releaseAll();
    this.log.clear();
    this.tokens.clear();
    this.pages.expire();
    this.pages.pageSizeCap = this.startPageSizeCap;
    this.rates.clear();
    this.clock.reset();
  }
}

export class SimControl {
  constructor(private readonly state: SimState) {}

  accounts(): AccountInfo[] {
    return this.state.world.accounts.map(accountInfo);
  }

  /** A new world (default: defaultWorld()); clears faults, the request log, tokens, page tokens and the clock offset, and puts back the page size cap the simulator started with. */
  reset(world?: WorldSpec): void {
    this.state.reset(world ?? defaultWorld());
  }

  requests(): LoggedRequest[] {
    return this.state.log.all();
  }

  clearRequests(): void {
    this.state.log.clear();
  }

  addFault(fault: Fault): { id: string } {
    const problem = faultProblem(fault);
    if (problem) throw new Error(`Invalid fault: ${problem}`);
    return { id: this.state.faults.add(fault) };
  }

  faults(): FaultState[] {
    return this.state.faults.list();
  }

  removeFault(id: string): boolean {
    return this.state.faults.remove(id);
  }

  clearFaults(): void {
    this.state.faults.clear();
  }

  /** Requests a `hold` fault is holding open now. */
  held(): number {
    return this.state.holds.count;
  }

  /** Lets every held request be answered; returns how many there were. */
  release(): number {
    return this.state.holds.releaseAll();
  }

  expireTokens(): void {
    this.state.tokens.expireAll();
  }

  /** Invalidates every next_page_token issued so far. */
  expirePageTokens(): void {
    this.state.pages.expire();
  }

  tokens(): string[] {
    return this.state.tokens.all();
  }

  /** Serves at most `size` items a page on every list, whatever page_size asks; undefined lifts the cap. */
  setPageSizeCap(size: number | undefined): void {
    this.state.pages.pageSizeCap = size;
  }

  setLatency(ms: number): void {
    this.state.latencyMs = ms;
  }

  /** Moves the simulator clock forward (token expiry after 3599 s, page tokens after 15 min). */
  advanceClock(ms: number): number {
    return this.state.clock.advance(ms);
  }

  now(): number {
    return this.state.clock.now();
  }

  /**
   * Switches 429s above the per-second limit on or off for one account (default: every account),
   * optionally with its own limit for every label instead of the plan's. Headers are sent either way.
   */
  rateLimits(options: RateLimitOptions): void {
    const targets = options.accountId === undefined ? this.state.world.accounts : [this.state.world.account(options.accountId)];
    if (targets.some((a) => !a)) throw new Error(`no account ${options.accountId}`);
    if (options.perSecond !== undefined && !(Number.isInteger(options.perSecond) && options.perSecond > 0))
      throw new Error('perSecond must be a positive integer');
    for (const a of targets as SimAccount[]) {
      a.enforceRateLimits = options.enforce;
      a.perSecondLimit = options.perSecond;
    }
    this.state.rates.clear();
  }

  /**
   * Changes one value of an account's (no groupId) or a group's full settings, as an admin would
   * in the web portal: `path` is dotted ("in_meeting.waiting_room") and must exist.
   */
  setSetting(change: SettingChange): void {
    const account = this.state.world.account(change.accountId);
    if (!account) throw new Error(`no account ${change.accountId}`);
    const group = change.groupId === undefined ? undefined : account.groupByIdOrUndefined(change.groupId);
    if (change.groupId !== undefined && !group) throw new Error(`no group ${change.groupId} in ${change.accountId}`);
    setSettingValue(account, group, change.path.split('.'), change.value);
  }
}

export interface RateLimitOptions {
  enforce: boolean;
  accountId?: string;
  perSecond?: number;
}

export interface SettingChange {
  accountId: string;
  groupId?: string;
  path: string;
  value: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The /_sim/... routes. `body` is the parsed JSON body (undefined when empty). */
export function controlRoute(control: SimControl, method: string, path: string, body: unknown): Reply {
  const bad = (message: string): Reply => reply(400, { error: message });
  const key = `${method} ${path}`;
  try {
    switch (key) {
      case 'GET /_sim/accounts':
        return reply(200, control.accounts());
      case 'POST /_sim/reset': {
        const world = isObject(body) ? body.world : undefined;
        if (world !== undefined && !(isObject(world) && Array.isArray(world.accounts))) return bad('world must be { seed?, accounts: [...] }');
        control.reset(world as WorldSpec | undefined);
        return reply(200, { ok: true, accounts: control.accounts() });
      }
      case 'GET /_sim/requests':
        return reply(200, control.requests());
      case 'DELETE /_sim/requests':
        control.clearRequests();
        return reply(200, { ok: true });
      case 'GET /_sim/faults':
        return reply(200, control.faults());
      case 'POST /_sim/faults':
        return reply(200, control.addFault(body as Fault));
      case 'DELETE /_sim/faults':
        control.clearFaults();
        return reply(200, { ok: true });
      case 'GET /_sim/held':
        return reply(200, { held: control.held() });
      case 'POST /_sim/release':
        return reply(200, { released: control.release() });
      case 'POST /_sim/expire-tokens':
        control.expireTokens();
        return reply(200, { ok: true });
      case 'POST /_sim/expire-page-tokens':
        control.expirePageTokens();
        return reply(200, { ok: true });
      case 'GET /_sim/tokens':
        return reply(200, control.tokens());
      case 'POST /_sim/latency': {
        const ms = isObject(body) ? body.ms : undefined;
        if (typeof ms !== 'number' || ms < 0) return bad('body must be { ms: number >= 0 }');
        control.setLatency(ms);
        return reply(200, { ok: true, ms });
      }
      case 'POST /_sim/page-size-cap': {
        const size = isObject(body) ? body.size : undefined;
        if (size !== null && !(typeof size === 'number' && Number.isInteger(size) && size >= 1)) return bad('body must be { size: integer >= 1 | null }');
        control.setPageSizeCap(size ?? undefined);
        return reply(200, { ok: true, size });
      }
      case 'POST /_sim/rate-limits': {
        if (!isObject(body) || typeof body.enforce !== 'boolean') return bad('body must be { enforce: boolean, accountId?: string, perSecond?: number }');
        control.rateLimits(body as unknown as RateLimitOptions);
        return reply(200, { ok: true });
      }
      case 'POST /_sim/settings': {
        if (!isObject(body) || typeof body.accountId !== 'string' || typeof body.path !== 'string' || !('value' in body)) {
          return bad('body must be { accountId: string, groupId?: string, path: string, value: unknown }');
        }
        control.setSetting(body as unknown as SettingChange);
        return reply(200, { ok: true });
      }
      case 'GET /_sim/clock':
        return reply(200, { now: control.now() });
      case 'POST /_sim/clock': {
        const ms = isObject(body) ? body.advanceMs : undefined;
        if (typeof ms !== 'number') return bad('body must be { advanceMs: number }');
        return reply(200, { now: control.advanceClock(ms) });
      }
    }
    const faultId = /^DELETE \/_sim\/faults\/([^/]+)$/.exec(key);
    if (faultId) return control.removeFault(decodeURIComponent(faultId[1])) ? reply(200, { ok: true }) : reply(404, { error: `no fault ${faultId[1]}` });
    return reply(404, { error: `unknown control route ${key}` });
  } catch (e) {
    return bad(e instanceof Error ? e.message : String(e));
  }
}
