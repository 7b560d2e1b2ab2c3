// Standalone simulator: `npm run sandbox -- --port 0 --latency 20 --users 3000 --seed 1 [--page-size-cap 300]`.
// stdout: one JSON line {url, accounts}; stderr: human-readable lines. Stops on SIGINT/SIGTERM.
import { startSimulator } from './server';
import { defaultWorld } from './worldSpec';

const USAGE =
  'usage: node out/test/sandbox/cli.js [--port N (0 = random)] [--latency MS] [--users N (active users of Acme)] [--seed N] ' +
  '[--page-size-cap N (every list serves at most N a page, e.g. 300)]';

interface CliArgs {
  port: number;
  latency: number;
  users?: number;
  seed: number;
  pageSizeCap?: number;
}

function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { port: 0, latency: 0, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    if (!['--port', '--latency', '--users', '--seed', '--page-size-cap'].includes(flag)) throw new Error(`unknown flag ${flag}\n${USAGE}`);
    const value = inline ?? argv[++i];
    const n = Number(value);
    if (value === undefined || !Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number >= 0\n${USAGE}`);
    if (flag === '--page-size-cap' && n < 1) throw new Error(`--page-size-cap needs a whole number >= 1\n${USAGE}`);
    if (flag === '--port') out.port = n;
    else if (flag === '--latency') out.latency = n;
    else if (flag === '--users') out.users = n;
    else if (flag === '--page-size-cap') out.pageSizeCap = n;
    else out.seed = n;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const acmeUsers =
    args.users === undefined ? undefined : { active: args.users, inactive: Math.round(args.users * 0.05), pending: Math.round(args.users * 0.02) };
  const started = Date.now();
  const sim = await startSimulator({
    port: args.port,
    latencyMs: args.latency,
    world: defaultWorld({ seed: args.seed, acmeUsers }),
    pageSizeCap: args.pageSizeCap,
  });
  const accounts = sim.control.accounts();
  process.stdout.write(`${JSON.stringify({ url: sim.url, accounts })}\n`);
  const log = (line: string): boolean => process.stderr.write(`${line}\n`);
  log(
    `Zoom simulator at ${sim.url} (started in ${Date.now() - started} ms, latency ${args.latency} ms, seed ${args.seed}` +
      `${args.pageSizeCap ? `, at most ${args.pageSizeCap} items a page` : ''})`,
  );
  log(`  zoomAdmin.apiBaseUrl   = ${sim.url}/v2`);
  log(`  zoomAdmin.oauthBaseUrl = ${sim.url}`);
  for (const a of accounts) {
    const kind = a.master ? 'master' : a.parentAccountId ? `sub account of ${a.parentAccountId}` : 'plain';
    log(
      `  ${a.name} (${kind}): accountId ${a.accountId}, clientId ${a.clientId}, clientSecret ${a.clientSecret}; ` +
        `${a.users.active}/${a.users.inactive}/${a.users.pending} users, ${a.groups} groups`,
    );
  }
  log('Control API: GET /_sim/accounts, POST /_sim/reset, GET /_sim/requests, POST /_sim/faults (see test/sandbox/CONTROL.md). Ctrl+C stops.');
  const stop = (): void => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});
