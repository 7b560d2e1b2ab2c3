// Shared pieces of the benchmarks: the simulator in its own process (so its memory is not ours),
// its control API, peak-memory sampling and table printing.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { controlClient, type ControlClient } from '../test/sandbox/controlClient';
import type { AccountInfo } from '../test/sandbox/server';

export type SimAccount = AccountInfo;

export interface SimProcess {
  url: string;
  accounts: SimAccount[];
  control: ControlClient;
  stop(): Promise<void>;
}

/** Starts out/test/sandbox/cli.js and waits for its JSON line. */
export async function startSimProcess(args: string[] = []): Promise<SimProcess> {
  const cli = join(__dirname, '..', 'test', 'sandbox', 'cli.js');
  const child: ChildProcess = spawn(process.execPath, [cli, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => {
    stderr = (stderr + d.toString()).slice(-2000);
  });
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`simulator exited (${code}) before printing its URL:\n${stderr}`)));
  });
  const info = JSON.parse(first) as { url: string; accounts: SimAccount[] };
  const url = info.url.replace(/\/$/, '');
  return {
    url,
    accounts: info.accounts,
    control: controlClient(url),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}

export interface Peak {
  rssMb: number;
  /** Highest heap use above the baseline, garbage included. */
  heapMb: number;
  /** Heap still used after a full GC while the result is alive: what the listing costs to keep. */
  retainedMb: number;
}

/** Runs `task` while sampling memory; reports peaks above the baseline taken after a GC (run with --expose-gc). */
export async function measure<T>(task: () => Promise<T>): Promise<{ value: T; ms: number; peak: Peak }> {
  (globalThis as { gc?: () => void }).gc?.();
  const base = process.memoryUsage();
  let rss = base.rss;
  let heap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  try {
    const value = await task();
    const ms = performance.now() - started;
    sample();
    (globalThis as { gc?: () => void }).gc?.();
    const retained = process.memoryUsage().heapUsed - base.heapUsed;
    return { value, ms, peak: { rssMb: rss / 2 ** 20, heapMb: (heap - base.heapUsed) / 2 ** 20, retainedMb: retained / 2 ** 20 } };
  } finally {
    clearInterval(timer);
  }
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Prints rows as an aligned text table (also valid Markdown). */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log(line(cells[0]));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const r of cells.slice(1)) console.log(line(r));
}

/**
 * Runs the extension-host suite matching `grep` with ZOOM_BENCH set (its measuring code runs inside
 * VS Code), relays its "BENCH {json}" lines as tables, and exits 1 if the run fails or prints none.
 */
export function relayExtensionHostBench(grep: string): void {
  const repo = join(__dirname, '..', '..');
  const child = spawn(process.execPath, [join(repo, 'scripts', 'run-vscode-tests.mjs'), '--grep', grep], {
    cwd: repo,
    env: { ...process.env, ZOOM_BENCH: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const results: Record<string, unknown>[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const at = line.indexOf('BENCH {');
    if (at >= 0) results.push(JSON.parse(line.slice(at + 'BENCH '.length)) as Record<string, unknown>);
    else if (/failing|passing|^\s+\d+\)|Error/.test(line)) console.log(line);
  });
  child.on('close', (code) => {
    for (const result of results) {
      const { name, ...values } = result;
      console.log(`\n${String(name)}`);
      // Long values (lists) go below the table, one line each, so the table stays readable.
      const entries = Object.entries(values).map(([k, v]) => [k, String(v)]);
      printTable(
        ['measure', 'value'],
        entries.filter(([, v]) => v.length <= 80),
      );
      for (const [k, v] of entries.filter(([, v]) => v.length > 80)) console.log(`${k}:\n  ${v.split(' ').join('\n  ')}`);
    }
    if (code !== 0 || results.length === 0) {
      console.error(`${grep}: the extension-host run ${code !== 0 ? `exited with ${code}` : 'printed no results'}`);
      process.exit(1);
    }
  });
}
