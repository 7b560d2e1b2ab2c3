import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startSimulator, type Simulator } from '../../sandbox/server';
import type { AccountInfo } from '../../sandbox/control';
import { raw, tokenRequest } from './simClient';

let sim: Simulator;
let acme: AccountInfo;
const body = (accountId: string): string => `grant_type=account_credentials&account_id=${accountId}`;

before(async () => {
  sim = await startSimulator({
    world: {
      seed: 3,
      accounts: [
        { name: 'Acme', accountId: 'acme', users: 5 },
        { name: 'Dormant', accountId: 'dormant', users: 2, appActivated: false },
      ],
    },
  });
  acme = sim.control.accounts()[0];
});
after(() => sim.close());

test('account_credentials in the form body returns a bearer token like zoom.us', async () => {
  const r = await tokenRequest(sim, acme.clientId, acme.clientSecret, body('acme'));
  assert.equal(r.status, 200);
  assert.equal(r.json.token_type, 'bearer');
  assert.equal(r.json.expires_in, 3599);
  assert.equal(r.json.api_url, 'https://api.zoom.us');
  assert.match(r.json.scope, /^user:read:list_users:admin( \S+)+$/);
  assert.ok(r.headers.get('x-zm-trackingid'));
});

test('token errors use {reason, error}', async () => {
  const bad = await tokenRequest(sim, acme.clientId, 'wrong', body('acme'));
  assert.deepEqual([bad.status, bad.json], [401, { reason: 'Invalid client_id or client_secret', error: 'invalid_client' }]);
  const unknown = await tokenRequest(sim, acme.clientId, acme.clientSecret, body('nobody'));
  assert.deepEqual([unknown.status, unknown.json], [400, { reason: 'Account does not exist', error: 'invalid_request' }]);
  const dormant = sim.control.accounts()[1];
  const off = await tokenRequest(sim, dormant.clientId, dormant.clientSecret, body('dormant'));
  assert.deepEqual([off.status, off.json], [400, { reason: 'Account does not enabled the OAuth app type', error: 'invalid_request' }]);
});

test('parameters only in the query string are refused with 400', async () => {
  const r = await tokenRequest(sim, acme.clientId, acme.clientSecret, '', `?${body('acme')}`);
  assert.equal(r.status, 400);
  assert.equal(r.json.error, 'invalid_request');
});

test('several tokens stay valid at once; expire-tokens ends them all with code 124', async () => {
  const t1 = (await tokenRequest(sim, acme.clientId, acme.clientSecret, body('acme'))).json.access_token as string;
  const t2 = (await tokenRequest(sim, acme.clientId, acme.clientSecret, body('acme'))).json.access_token as string;
  assert.notEqual(t1, t2);
  for (const t of [t1, t2]) assert.equal((await raw(`${sim.url}/v2/users`, { headers: { authorization: `Bearer ${t}` } })).status, 200);
  assert.ok(sim.control.tokens().includes(t1) && sim.control.tokens().includes(t2));
  const expired = await raw(`${sim.url}/_sim/expire-tokens`, { method: 'POST' });
  assert.equal(expired.status, 200);
  const r = await raw(`${sim.url}/v2/users`, { headers: { authorization: `Bearer ${t1}` } });
  assert.deepEqual([r.status, r.json], [401, { code: 124, message: 'Access token is expired.' }]);
});

test('a token expires after 3599 s of simulator clock; a missing one is invalid', async () => {
  const t = (await tokenRequest(sim, acme.clientId, acme.clientSecret, body('acme'))).json.access_token as string;
  sim.control.advanceClock(3600_000);
  const r = await raw(`${sim.url}/v2/users`, { headers: { authorization: `Bearer ${t}` } });
  assert.deepEqual([r.status, r.json.code, r.json.message], [401, 124, 'Access token is expired.']);
  const none = await raw(`${sim.url}/v2/users`);
  assert.deepEqual([none.status, none.json], [401, { code: 124, message: 'Invalid access token.' }]);
});

test('the request log holds no secret, no token and no Authorization header', async () => {
  const log = JSON.stringify(sim.control.requests());
  assert.ok(log.includes('/oauth/token'));
  for (const secret of [acme.clientSecret, ...sim.control.tokens()]) assert.ok(!log.includes(secret));
  assert.ok(!/authorization|basic /i.test(log));
});
