// The local Zoom simulator: one HTTP server on 127.0.0.1 playing the OAuth host (/oauth/token),
// the API host (/v2/...) and the control API (/_sim/...). See CONTROL.md.
import { randomBytes } from 'node:crypto';
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { controlRoute, SimControl, SimState } from './control';
import { isWait, type FaultAction } from './faults';
import { toJson } from './json';
import { tokenEndpoint } from './oauth';
import { rateLimited } from './rateLimits';
import { pageTokenInvalid, reply, zoomError, type Reply } from './reply';
import { safeQuery } from './requestLog';
import { resolveRoute } from './routes';
import { defaultWorld, type WorldSpec } from './worldSpec';

export { defaultWorld, worldWithUsers } from './worldSpec';
export type { AccountSpec, WorldSpec } from './worldSpec';
export type { Fault, FaultAction } from './faults';
export type { AccountInfo, SimControl } from './control';
export type { LoggedRequest } from './requestLog';

export interface SimulatorOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Added to every /oauth and /v2 reply. */
  latencyMs?: number;
  world?: WorldSpec;
  /** Every list serves at most this many items a page, whatever page_size asks (as a real account may: 300). */
  pageSizeCap?: number;
}

export interface Simulator {
  /** http://127.0.0.1:PORT (no trailing slash). */
  url: string;
  control: SimControl;
  server: Server;
  close(): Promise<void>;
}

const MAX_BODY = 1 << 20;

/** Fault actions that change the real answer rather than replace it. */
type AnswerChange = Extract<FaultAction, { kind: 'truncate' | 'repeat-page-token' | 'empty-page' }>;
const ANSWER_CHANGES = new Set<FaultAction['kind']>(['truncate', 'repeat-page-token', 'empty-page']);

/** Fault actions that replace the answer (delay and hold wait, reset drops, the others change the real answer). */
type FaultReplyAction = Exclude<FaultAction, { kind: 'delay' | 'hold' | 'reset' } | AnswerChange>;

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, r: Reply, trackingId?: string, truncate = false): void {
  if (res.destroyed) return;
  const text = typeof r.body === 'string' ? r.body : toJson(r.body);
  let data = Buffer.from(text, 'utf8');
  if (truncate) data = data.subarray(0, Math.floor(data.length / 2));
  const headers: Record<string, string | number> = { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': data.length, ...r.headers };
  // A fault's own tracking id (any case) replaces the generated one rather than joining it.
  if (trackingId && !Object.keys(headers).some((k) => k.toLowerCase() === 'x-zm-trackingid')) headers['x-zm-trackingid'] = trackingId;
  res.writeHead(r.status, headers);
  res.end(data);
}

/** A list page as a misbehaving server would send it (repeat-page-token, empty-page); anything else as it was. */
function changePage(r: Reply, action: FaultAction | undefined, query: URLSearchParams): Reply {
  if (r.status !== 200 || (action?.kind !== 'repeat-page-token' && action?.kind !== 'empty-page')) return r;
  const body = (typeof r.body === 'string' ? JSON.parse(r.body) : r.body) as Record<string, unknown>;
  if (action.kind === 'repeat-page-token') {
    const token = query.get('next_page_token');
    // The first page has no token to repeat: its own leads to the pages that repeat it.
    if (token) body.next_page_token = token;
  } else {
    const list = Object.keys(body).find((k) => Array.isArray(body[k]));
    if (list) body[list] = [];
  }
  return { ...r, body };
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

class Handler {
  readonly control: SimControl;

  constructor(private readonly state: SimState) {
    this.control = new SimControl(state);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = (req.method ?? 'GET').toUpperCase();
    const path = url.pathname;
    const body = method === 'GET' || method === 'HEAD' ? (req.resume(), '') : await readBody(req);

    if (path.startsWith('/_sim/')) {
      let parsed: unknown;
      try {
        parsed = body ? JSON.parse(body) : undefined;
      } catch {
        return send(res, reply(400, { error: 'body must be JSON' }));
      }
      return send(res, controlRoute(this.control, method, path, parsed));
    }

    const s = this.state;
    const trackingId = `v=2.0;clid=us05;rid=WEB_${randomBytes(16).toString('hex')}`;
    const fired = s.faults.fire(method, path, url.searchParams);
    const delay = fired.reduce((ms, f) => ms + (f.fault.action.kind === 'delay' ? f.fault.action.ms : 0), 0);
    const action = fired.find((f) => !isWait(f.fault.action))?.fault.action;
    const wait = s.latencyMs + delay;
    if (wait > 0) await sleep(wait);
    if (fired.some((f) => f.fault.action.kind === 'hold')) await s.holds.hold();

    const entry = { method, path, query: safeQuery(url.searchParams), at: s.clock.now(), ...(fired.length ? { faults: fired.map((f) => f.id) } : {}) };
    if (action?.kind === 'reset') {
      s.log.add({ ...entry, status: 0 });
      req.socket.destroy();
      return;
    }
    const result =
      action && !ANSWER_CHANGES.has(action.kind)
        ? this.faultReply(action as FaultReplyAction, req, path, url.searchParams)
        : changePage(this.answer(req, method, path, url.searchParams, body), action, url.searchParams);
    s.log.add({ ...entry, status: result.status, ...(result.accountId ? { accountId: result.accountId } : {}) });
    send(res, result, trackingId, action?.kind === 'truncate');
  }

  /** The normal answer, as Zoom would give it. */
  private answer(req: IncomingMessage, method: string, path: string, query: URLSearchParams, body: string): Reply {
    const s = this.state;
    if (path === '/oauth/token') return tokenEndpoint(s.world, s.tokens, method, req.headers.authorization, query, body);
    if (!path.startsWith('/v2/')) return zoomError(404, 404, 'Not Found');
    const route = method === 'GET' ? resolveRoute(path.slice(3)) : undefined;
    if (!route) return zoomError(400, 2300, 'This API endpoint is not recognized.');
    const auth = s.tokens.check(req.headers.authorization);
    if (!auth.ok) return zoomError(401, 124, auth.message);
    const account = s.world.account(auth.token.accountId);
    if (!account) return zoomError(401, 124, 'Invalid access token.');
    const limit = account.perSecondLimit;
    const rate = s.rates.count(account.accountId, account.plan, route.label, s.clock.now(), limit);
    if (rate.over && account.enforceRateLimits)
      return { ...rateLimited('QPS', route.label, account.plan, s.clock.now(), undefined, limit), accountId: account.accountId };
    const r = s.api.handle({ route, path: path.slice(3), query, token: auth.token });
    return { ...r, headers: { ...rate.headers, ...r.headers }, accountId: account.accountId };
  }

  private faultReply(action: FaultReplyAction, req: IncomingMessage, path: string, query: URLSearchParams): Reply {
    const s = this.state;
    switch (action.kind) {
      case 'status':
        return reply(action.status, action.body ?? { code: action.status, message: STATUS_CODES[action.status] ?? 'Error' }, action.headers);
      case 'rate-limit': {
        const route = path.startsWith('/v2/') ? resolveRoute(path.slice(3)) : undefined;
        const auth = s.tokens.check(req.headers.authorization);
        const plan = (auth.ok && s.world.account(auth.token.accountId)?.plan) || 'business';
        return rateLimited(action.type, route?.label ?? 'MEDIUM', plan, s.clock.now(), action.retryAfter);
      }
      case 'expire-page-token':
        s.pages.expire(query.get('next_page_token') ?? undefined);
        return pageTokenInvalid();
      case 'expire-token': {
        const m = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '');
        if (m) s.tokens.expire(m[1]);
        return zoomError(401, 124, 'Access token is expired.');
      }
    }
  }
}

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const state = new SimState(options.world ?? defaultWorld(), options.latencyMs ?? 0, options.pageSizeCap);
  const handler = new Handler(state);
  const server = createServer((req, res) => {
    handler.handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, reply(500, { code: 500, message: `simulator error: ${e instanceof Error ? e.message : String(e)}` }));
      else res.destroy();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    control: handler.control,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
