// parseJson on one full users page (2000 users, ~1 MB, as GET /users?page_size=2000 returns it):
// the page as the simulator writes it (some license_option values above 2^53: they are quoted,
// then JSON.parse), the same page with those literals made safe (JSON.parse alone), the page with a
// long number after ": " inside a string (the quoting breaks it: the lossless-json path), and plain
// JSON.parse as the floor. Prints the best and median of many runs, in ms.
import os from 'node:os';
import { parseJson } from '../src/zoom/json';
import { listUserJson } from '../test/sandbox/userShapes';
import { World } from '../test/sandbox/world';
import { worldWithUsers } from '../test/sandbox/worldSpec';
import { median, printTable } from './harness';

const USERS = 2000;
const RUNS = 40;

function page(): string {
  const account = new World(worldWithUsers(USERS)).accounts[0];
  const users: string[] = [];
  for (let i = 0; i < USERS; i++) users.push(listUserJson(account, i));
  return `{"page_count":1,"page_number":1,"page_size":${USERS},"total_records":${USERS},"next_page_token":"","users":[${users.join(',')}]}`;
}

function time(parse: (text: string) => unknown, text: string): number[] {
  for (let i = 0; i < 5; i++) parse(text); // warm-up: JIT
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    parse(text);
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return out;
}

const withBig = page();
const bigCount = withBig.match(/\d{17,}/g)?.length ?? 0;
if (bigCount === 0) throw new Error('the page holds no integer above 2^53: the exact path would not run');
const safe = withBig.replace(/(?<=:)\d{17,}/g, '4');
const inString = withBig.replace('"users":[', '"note":"id: 12345678901234567890, ","users":[');
const rows: (string | number)[][] = [];
for (const [name, fn, text] of [
  ['JSON.parse', JSON.parse, withBig],
  ['parseJson, no big integer', parseJson, safe],
  [`parseJson, ${bigCount} big integers`, parseJson, withBig],
  ['parseJson, a long number in a string (lossless-json)', parseJson, inString],
] as const) {
  const ms = time(fn, text);
  rows.push([name, (text.length / 1e6).toFixed(2), Math.min(...ms).toFixed(1), median(ms).toFixed(1)]);
}
console.log(`One users page of ${USERS}; best and median of ${RUNS} runs; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs.\n`);
printTable(['parser', 'MB', 'best ms', 'median ms'], rows);
