// Listing every active user of a 10,000- and a 100,000-user account over the simulator with 20 ms
// added per reply: ZoomClient (page size 2000) against a bare fetch loop at the same page size
// and at 300 (what the official SDK examples and most scripts use). Requests include the token.
import os from 'node:os';
import { S2STokenSource } from '../src/zoom/auth';
import { ZoomClient } from '../src/zoom/client';
import { MAX_PAGE_SIZE } from '../src/zoom/paginate';
import { worldWithUsers } from '../test/sandbox/worldSpec';
import { measure, median, printTable, startSimProcess, type SimAccount, type SimProcess } from './harness';

const LATENCY_MS = 20;
const SIZES = [10_000, 100_000];
/** Runs per variant, in rotating order; the fastest is reported (noise only ever adds time). */
const REPEATS: Record<number, number> = { 10_000: 9, 100_000: 5 };

interface Run {
  users: number;
  ms: number;
  requests: number;
  heapMb: number;
  retainedMb: number;
  rssMb: number;
}

async function viaClient(sim: SimProcess, account: SimAccount): Promise<unknown[]> {
  const tokenSource = new S2STokenSource({
    oauthBaseUrl: sim.url,
    accountId: account.accountId,
    clientId: account.clientId,
    clientSecret: account.clientSecret,
  });
  const client = new ZoomClient({ apiBaseUrl: `${sim.url}/v2`, tokenSource });
  return client.listUsers({ status: 'active' }).all();
}

/** What a script does: one token, then follow next_page_token with plain fetch. */
async function viaBareLoop(sim: SimProcess, account: SimAccount, pageSize: number): Promise<unknown[]> {
  const tokenRes = await fetch(`${sim.url}/oauth/token`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${Buffer.from(`${account.clientId}:${account.clientSecret}`).toString('base64')}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: `grant_type=account_credentials&account_id=${encodeURIComponent(account.accountId)}`,
  });
  const { access_token } = (await tokenRes.json()) as { access_token: string };
  const users: unknown[] = [];
  let next = '';
  do {
    const res = await fetch(`${sim.url}/v2/users?status=active&page_size=${pageSize}${next ? `&next_page_token=${encodeURIComponent(next)}` : ''}`, {
      headers: { Authorization: `Bearer ${access_token}` },
    });
    const body = (await res.json()) as { users: unknown[]; next_page_token?: string };
    for (const u of body.users) users.push(u);
    next = body.next_page_token ?? '';
  } while (next);
  return users;
}

/** One listing; the users are kept until memory is measured, as a tree would keep them. */
async function timed(sim: SimProcess, task: () => Promise<unknown[]>): Promise<Run> {
  await sim.control.clearRequests();
  const { value, ms, peak } = await measure(task);
  const requests = (await sim.control.requests()).length;
  return { users: value.length, ms, requests, heapMb: peak.heapMb, retainedMb: peak.retainedMb, rssMb: peak.rssMb };
}

async function main(): Promise<void> {
  const sim = await startSimProcess(['--latency', String(LATENCY_MS)]);
  const rows: (string | number)[][] = [];
  const checks: string[] = [];
  try {
    await sim.control.latency(LATENCY_MS);
    for (const n of SIZES) {
      await sim.control.reset(worldWithUsers(n));
      await sim.control.latency(LATENCY_MS);
      const account = (await sim.control.accounts()).find((a) => a.accountId === `bench-${n}`)!;
      const size = MAX_PAGE_SIZE.users;
      const variants: [string, number, () => Promise<unknown[]>][] = [
        ['ZoomClient', size, () => viaClient(sim, account)],
        ['bare fetch loop', size, () => viaBareLoop(sim, account, size)],
        ['bare fetch loop', 300, () => viaBareLoop(sim, account, 300)],
      ];
      await viaClient(sim, account); // warm-up: JIT and the simulator's first pages
      const runs: Run[][] = variants.map(() => []);
      for (let r = 0; r < REPEATS[n]; r++) {
        for (let k = 0; k < variants.length; k++) {
          const v = (r + k) % variants.length;
          runs[v].push(await timed(sim, variants[v][2]));
        }
      }
      const ms = runs.map((rs) => Math.min(...rs.map((x) => x.ms)));
      const med = runs.map((rs) => median(rs.map((x) => x.ms)));
      // Runs of one round are neighbours in time and share the machine's load: compare within rounds.
      const paired = (v: number, base: number) => median(runs[v].map((x, r) => x.ms / runs[base][r].ms));
      variants.forEach(([name, pageSize], v) => {
        const last = runs[v].at(-1)!;
        if (last.users !== n) throw new Error(`${name} listed ${last.users} of ${n} users`);
        const pages = Math.ceil(n / pageSize);
        rows.push([
          n.toLocaleString('en-US'),
          name,
          pageSize,
          last.requests,
          ms[v].toFixed(0),
          med[v].toFixed(0),
          pages * LATENCY_MS,
          paired(v, 1).toFixed(2),
          paired(v, 2).toFixed(2),
          Math.max(...runs[v].map((x) => x.heapMb)).toFixed(1),
          Math.max(...runs[v].map((x) => x.retainedMb)).toFixed(1),
          Math.max(...runs[v].map((x) => x.rssMb)).toFixed(0),
        ]);
      });
      const clientRequests = runs[0].map((x) => x.requests);
      const want = Math.ceil(n / size) + 1;
      checks.push(
        `${n} users: ZoomClient made ${clientRequests.join('/')} requests, at most ${want} (ceil(${n}/${size}) pages + 1 token): ${clientRequests.every((c) => c <= want && c >= want - 1) ? 'met' : 'NOT MET'}`,
      );
      const same = paired(0, 1);
      checks.push(
        `${n} users: ZoomClient / bare loop at the same page size = ${same.toFixed(2)}x (median of per-round ratios; best ${ms[0].toFixed(0)} vs ${ms[1].toFixed(0)} ms; goal <= 1.10x): ${same <= 1.1 ? 'met' : 'NOT MET'}`,
      );
      checks.push(`${n} users: ZoomClient / bare loop at page size 300 = ${paired(0, 2).toFixed(2)}x`);
    }
  } finally {
    await sim.stop();
  }
  console.log(
    `Listing every active user; ${LATENCY_MS} ms added per reply; best and median of ${Object.values(REPEATS).join(' / ')} rounds; ratios are medians of per-round ratios; requests include the token request; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs.\n`,
  );
  printTable(
    [
      'users',
      'method',
      'page size',
      'requests',
      'best ms',
      'median ms',
      'floor ms',
      'x bare same',
      'x bare 300',
      'peak heap MB',
      'kept heap MB',
      'peak RSS MB',
    ],
    rows,
  );
  console.log('');
  for (const c of checks) console.log(c);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
