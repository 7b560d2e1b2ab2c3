// Find Setting Across Groups over 40 and 300 groups, 20 ms added per reply, with the simulator's
// per-second limit enforced (429 above it): the time against the rate-limit floor (requests ÷
// limit) and the number of 429s. Each run is a fresh client, as after sign-in: it learns the limit
// from the first replies. Goals: at most 1.1× the floor, at most one 429.
import os from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { fetchAcross } from '../src/settings/across/fetchAcross';
import { S2STokenSource } from '../src/zoom/auth';
import { ZoomClient } from '../src/zoom/client';
import type { WorldSpec } from '../test/sandbox/worldSpec';
import { median, printTable, startSimProcess, type SimProcess } from './harness';

const LATENCY_MS = 20;
const GROUPS = [40, 300];
/** Per-second limits: the Business plan's MEDIUM (the simulator's default plan) and the Pro plan's. */
const LIMITS = [60, 20];
const RUNS = 3;
const KEY = 'in_meeting.waiting_room';

const world = (groups: number): WorldSpec => ({
  seed: 1,
  accounts: [{ name: `Across ${groups}`, accountId: `across-${groups}`, users: 600, groups, roles: 3, enforceRateLimits: true }],
});

async function run(sim: SimProcess, accountId: string): Promise<{ ms: number; requests: number; limited: number; groups: number; errors: number }> {
  const account = (await sim.control.accounts()).find((a) => a.accountId === accountId)!;
  const tokenSource = new S2STokenSource({
    oauthBaseUrl: sim.url,
    accountId: account.accountId,
    clientId: account.clientId,
    clientSecret: account.clientSecret,
  });
  await tokenSource.getToken(); // sign-in happened before the command
  const client = new ZoomClient({ apiBaseUrl: `${sim.url}/v2`, tokenSource });
  await sleep(1100); // a fresh one-second window: the previous run's requests do not count
  await sim.control.clearRequests();
  const started = performance.now();
  const result = await fetchAcross(client, [{ label: account.name }], KEY);
  const ms = performance.now() - started;
  const log = (await sim.control.requests()).filter((r) => r.path.startsWith('/v2/'));
  return {
    ms,
    requests: log.filter((r) => r.status !== 429).length,
    limited: log.filter((r) => r.status === 429).length,
    groups: result.groups.length,
    errors: result.groups.filter((g) => g.error).length,
  };
}

async function main(): Promise<void> {
  const sim = await startSimProcess(['--latency', String(LATENCY_MS)]);
  const rows: (string | number)[][] = [];
  const checks: string[] = [];
  try {
    for (const limit of LIMITS) {
      for (const n of GROUPS) {
        await sim.control.reset(world(n));
        await sim.control.latency(LATENCY_MS);
        await sim.control.rateLimits({ enforce: true, perSecond: limit });
        const runs = [];
        for (let r = 0; r < RUNS; r++) runs.push(await run(sim, `across-${n}`));
        if (runs.some((x) => x.groups !== n || x.errors))
          throw new Error(`${n} groups: a run listed ${runs.map((x) => `${x.groups} (${x.errors} errors)`).join(', ')}`);
        const floor = (runs[0].requests / limit) * 1000;
        const ms = median(runs.map((x) => x.ms));
        const worst = Math.max(...runs.map((x) => x.ms));
        const limited = Math.max(...runs.map((x) => x.limited));
        rows.push([
          n,
          limit,
          runs[0].requests,
          floor.toFixed(0),
          ms.toFixed(0),
          worst.toFixed(0),
          (ms / floor).toFixed(2),
          (worst / floor).toFixed(2),
          runs.map((x) => x.limited).join('/'),
        ]);
        checks.push(
          `${n} groups at ${limit}/s: median ${(ms / floor).toFixed(2)}x the floor (goal <= 1.10x): ${ms / floor <= 1.1 ? 'met' : 'NOT MET'}; most 429s in a run ${limited} (goal <= 1): ${limited <= 1 ? 'met' : 'NOT MET'}`,
        );
      }
    }
  } finally {
    await sim.stop();
  }
  console.log(
    `Find Setting Across Groups (${KEY}): account settings + lock settings + group list + one custom_query_fields request per group; ${LATENCY_MS} ms added per reply; 429 above the per-second limit; ${RUNS} runs each, fresh client; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs.\n`,
  );
  printTable(['groups', 'limit /s', 'requests', 'floor ms', 'median ms', 'worst ms', 'x floor (median)', 'x floor (worst)', '429s per run'], rows);
  console.log('');
  for (const c of checks) console.log(c);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
