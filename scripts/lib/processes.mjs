// Child processes in their own process groups, so one signal stops a server and everything it forked.
import { spawn } from 'node:child_process';
import net from 'node:net';

const groups = new Set();

/** Spawns `cmd` as the leader of a new process group that stopAll() will end. */
export function spawnGroup(cmd, args, options = {}) {
  const child = spawn(cmd, args, { ...options, detached: true });
  groups.add(child.pid);
  child.on('exit', () => setTimeout(() => groups.delete(child.pid), 0));
  return child;
}

function signalAll(signal) {
  for (const pid of groups) {
    try {
      process.kill(-pid, signal);
    } catch {
      groups.delete(pid); /* group already gone */
    }
  }
}

/** SIGTERM to every group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopAll(graceMs = 3000) {
  signalAll('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && [...groups].some(alive)) await sleep(100);
  signalAll('SIGKILL');
  groups.clear();
}

function alive(pid) {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

// Last resort when the runner exits without awaiting stopAll (an uncaught error, process.exit).
process.on('exit', () => signalAll('SIGKILL'));

let interruptedBy;
/** The signal that interrupted this process, if one did. */
export const interrupted = () => interruptedBy;

/**
 * Makes `cleanup` run at most once, and on SIGINT/SIGTERM/SIGHUP too (then exits 130/143/129), so Ctrl-C
 * stops everything this process started. Returns the run-once cleanup for the normal exit path.
 */
export function onInterrupt(cleanup) {
  let running;
  const once = () => (running ??= Promise.resolve().then(cleanup));
  for (const [sig, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ]) {
    process.on(sig, async () => {
      if (interruptedBy) return;
      interruptedBy = sig;
      console.error(`\n[${sig}] stopping...`);
      try {
        await once();
      } finally {
        process.exit(code);
      }
    });
  }
  return once;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Polls `url` until it answers (any HTTP status below 500), the child dies, or `timeoutMs` passes. */
export async function waitForHttp(url, { child, timeoutMs = 60_000, what = url } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) throw new Error(`${what} exited with code ${child.exitCode} before answering on ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status < 500) return;
    } catch {
      /* not listening yet */
    }
    await sleep(200);
  }
  throw new Error(`${what} did not answer on ${url} within ${timeoutMs / 1000} s`);
}
