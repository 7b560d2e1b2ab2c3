import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { raw } from './simClient';

test('the CLI prints {url, accounts} as its first stdout line, serves, and exits 0 on SIGTERM', async () => {
  const cli = join(__dirname, '..', '..', 'sandbox', 'cli.js');
  const child = spawn(process.execPath, [cli, '--port', '0', '--users', '500', '--seed', '7'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const info = JSON.parse(line) as { url: string; accounts: { accountId: string; clientSecret: string; users: { active: number } }[] };
  assert.match(info.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.equal(info.accounts[0].users.active, 500);
  assert.ok(info.accounts[0].clientSecret);
  const accounts = await raw(`${info.url}/_sim/accounts`);
  assert.deepEqual(
    accounts.json.map((a: { accountId: string }) => a.accountId),
    info.accounts.map((a) => a.accountId),
  );
  child.kill('SIGTERM');
  const [code] = await once(child, 'exit');
  assert.equal(code, 0);
});

test('the CLI refuses an unknown flag with its usage', async () => {
  const child = spawn(process.execPath, [join(__dirname, '..', '..', 'sandbox', 'cli.js'), '--colour', 'blue'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const [code] = await once(child, 'exit');
  assert.equal(code, 2);
  assert.match(err, /unknown flag --colour[\s\S]*usage:/);
});
