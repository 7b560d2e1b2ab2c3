// Runs a child process to completion with inherited or captured output; one helper for every setup step.
import { spawn } from 'node:child_process';

/**
 * Runs `cmd args` and resolves with its captured stdout. Rejects with an Error naming the command,
 * the folder and the tail of its output, so a failed setup step says exactly what broke.
 */
export function run(cmd, args, { cwd, env, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (!quiet) process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      err += d;
      if (!quiet) process.stderr.write(d);
    });
    child.on('error', (e) => reject(new Error(`Could not start ${cmd}: ${e.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve(out);
      const tail = (err || out).trim().split('\n').slice(-15).join('\n');
      reject(new Error(`${cmd} ${args.join(' ')} failed (exit ${code})${cwd ? ` in ${cwd}` : ''}:\n${tail}`));
    });
  });
}
