// Fault rules tests add through /_sim/faults: matched by method, path (exact or "re:<regex>"),
// a query subset and the nth matching request; each fires `times` times (0 = forever).

export type FaultAction =
  | { kind: 'status'; status: number; body?: unknown; headers?: Record<string, string> }
  | { kind: 'rate-limit'; type: 'QPS' | 'Daily-limit'; retryAfter?: string }
  | { kind: 'delay'; ms: number }
  /** Holds the request open until POST /_sim/release, then answers it normally (races with an in-flight request). */
  | { kind: 'hold' }
  | { kind: 'reset' }
  | { kind: 'truncate' }
  /** The real page, with next_page_token set to the one the request carried: the list never ends. */
  | { kind: 'repeat-page-token' }
  /** The real page with its list emptied; next_page_token and total_records as they were. */
  | { kind: 'empty-page' }
  | { kind: 'expire-page-token' }
  | { kind: 'expire-token' };

export interface Fault {
  match: { method?: string; path: string; query?: Record<string, string>; nth?: number };
  times?: number;
  action: FaultAction;
}

export interface FaultState {
  id: string;
  fault: Fault;
  /** Matching requests seen so far. */
  seen: number;
  /** Times it fired. */
  hits: number;
}

const KINDS = new Set(['status', 'rate-limit', 'delay', 'hold', 'reset', 'truncate', 'repeat-page-token', 'empty-page', 'expire-page-token', 'expire-token']);
/** Actions that only make the request wait; the answer is still decided by the rest. */
export const isWait = (action: FaultAction): boolean => action.kind === 'delay' || action.kind === 'hold';

/** Why a fault is malformed, or undefined when it is fine. */
export function faultProblem(f: unknown): string | undefined {
  const fault = f as Partial<Fault> | null;
  if (!fault || typeof fault !== 'object') return 'fault must be an object';
  if (!fault.match || typeof fault.match.path !== 'string') return 'match.path (string) is required';
  if (fault.match.path.startsWith('re:')) {
    try {
      new RegExp(fault.match.path.slice(3));
    } catch {
      return `match.path is not a valid regular expression: ${fault.match.path}`;
    }
  }
  if (fault.match.nth !== undefined && !(Number.isInteger(fault.match.nth) && fault.match.nth >= 1)) return 'match.nth must be an integer >= 1';
  if (fault.times !== undefined && !(Number.isInteger(fault.times) && fault.times >= 0)) return 'times must be an integer >= 0';
  const a = fault.action;
  if (!a || !KINDS.has(a.kind)) return `action.kind must be one of ${[...KINDS].join(', ')}`;
  if (a.kind === 'status' && !(Number.isInteger(a.status) && a.status >= 100 && a.status <= 599)) return 'action.status must be an HTTP status';
  if (a.kind === 'delay' && !(typeof a.ms === 'number' && a.ms >= 0)) return 'action.ms must be a number >= 0';
  if (a.kind === 'rate-limit' && a.type !== 'QPS' && a.type !== 'Daily-limit') return "action.type must be 'QPS' or 'Daily-limit'";
  return undefined;
}

export class Faults {
  private rules: FaultState[] = [];
  private nextId = 1;

  add(fault: Fault): string {
    const id = `fault-${this.nextId++}`;
    this.rules.push({ id, fault, seen: 0, hits: 0 });
    return id;
  }

  remove(id: string): boolean {
    const before = this.rules.length;
    this.rules = this.rules.filter((r) => r.id !== id);
    return this.rules.length < before;
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultState[] {
    return this.rules.map((r) => ({ ...r }));
  }

  /** The rules firing for this request, in the order added: every delay and hold, then at most one other action. */
  fire(method: string, path: string, query: URLSearchParams): FaultState[] {
    const fired: FaultState[] = [];
    let terminal = false;
    for (const rule of this.rules) {
      const m = rule.fault.match;
      if (m.method && m.method.toUpperCase() !== method) continue;
      if (m.path.startsWith('re:') ? !new RegExp(m.path.slice(3)).test(path) : m.path !== path) continue;
      if (m.query && Object.entries(m.query).some(([k, v]) => (v === '*' ? query.get(k) === null : query.get(k) !== String(v)))) continue;
      rule.seen++;
      const times = rule.fault.times ?? 1;
      if (rule.seen < (m.nth ?? 1) || (times !== 0 && rule.hits >= times)) continue;
      const isDelay = isWait(rule.fault.action);
      if (!isDelay && terminal) continue;
      rule.hits++;
      terminal ||= !isDelay;
      fired.push(rule);
    }
    return fired;
  }
}
