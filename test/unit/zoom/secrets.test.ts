// No client secret and no access token in any log line or error text, across sign-in failures,
// renewals, retries and every fault kind.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { requestS2SToken } from '../../../src/zoom/auth';
import { ACME, GLOBEX, clientFor, collectingLogger, openSim, type Sim } from './sim';

let sim: Sim;
before(async () => {
  sim = await openSim();
});
after(async () => {
  await sim.close();
});

test('secrets and tokens never reach logs or errors', async () => {
  const texts: string[] = [];
  const keep = (e: unknown) => {
    const error = e as Error & Record<string, unknown>;
    texts.push(String(error), error.message, error.stack ?? '', JSON.stringify(error), String(error.friendly ?? ''));
  };
  const attempt = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      keep(e);
    }
  };
  const accounts = await sim.accounts();
  const log = collectingLogger();

  for (const a of accounts) {
    const creds = { oauthBaseUrl: sim.url, accountId: a.accountId, clientId: a.clientId, clientSecret: a.clientSecret, logger: log };
    await attempt(requestS2SToken({ ...creds, clientSecret: `${a.clientSecret}-wrong` }));
    await attempt(requestS2SToken({ ...creds, accountId: 'missing-account' }));
    await attempt(requestS2SToken({ ...creds, oauthBaseUrl: 'http://127.0.0.1:9' }));
  }
  await sim.addFault({ match: { path: '/oauth/token' }, action: { kind: 'truncate' } });
  await attempt(
    requestS2SToken({
      oauthBaseUrl: sim.url,
      accountId: accounts[0].accountId,
      clientId: accounts[0].clientId,
      clientSecret: accounts[0].clientSecret,
      logger: log,
    }),
  );

  for (const accountId of [ACME, GLOBEX]) {
    const c = await clientFor(sim, accountId, { timeoutMs: 100 });
    await attempt(c.client.listUsers({ status: 'active' }).all());
    await sim.expireTokens();
    await attempt(c.client.userSummary());
    for (const action of [
      { kind: 'expire-token' },
      { kind: 'reset' },
      { kind: 'truncate' },
      { kind: 'delay', ms: 400 },
      { kind: 'rate-limit', type: 'Daily-limit', retryAfter: '2099-01-01T00:00:00Z' },
      { kind: 'status', status: 500 },
    ] as const) {
      await sim.addFault({ match: { path: '/v2/users' }, times: 0, action });
      await attempt(c.client.listUsers({}).all());
      await sim.clearFaults();
    }
    await attempt(c.client.listSubAccounts().all());
    await attempt(c.client.getUser('nobody@example.com'));
    log.lines.push(...c.log.lines);
  }

  const tokens = await sim.tokens();
  assert.ok(tokens.length >= 4, 'the run issued tokens to look for');
  const secrets = accounts.flatMap((a) => [a.clientSecret, Buffer.from(`${a.clientId}:${a.clientSecret}`).toString('base64')]);
  const haystack = [...log.lines, ...texts];
  assert.ok(log.lines.some((l) => l.includes('/oauth/token')) && texts.length > 20, 'there was plenty to search');
  for (const needle of [...secrets, ...tokens]) {
    const hit = haystack.find((line) => line.includes(needle));
    assert.equal(hit, undefined, `a secret or token leaked into: ${hit?.slice(0, 200)}`);
  }
  assert.ok(!haystack.some((l) => /Bearer\s+\S|Basic\s+[A-Za-z0-9+/=]{8,}/.test(l)), 'no Authorization value anywhere');
});
