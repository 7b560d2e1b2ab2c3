// The token a source holds, read without a request (what the zoom AuthenticationProvider's sessions
// carry when VS Code lists them): kept even past its expiry, gone once the server rejected it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AccountTokenSource } from '../../../src/auth/accountTokenSource';
import { S2STokenSource, StaticTokenSource } from '../../../src/zoom/auth';
import type { AccessToken, TokenSource } from '../../../src/zoom/types';

const expired: AccessToken = { accessToken: 'stored-token', expiresAt: 1_000 };

test('S2S: the stored token is held even expired, with no request; a rejected one is not', () => {
  // No server at this address: a token request would fail, and held() must not make one.
  const source = new S2STokenSource({
    oauthBaseUrl: 'http://127.0.0.1:9',
    accountId: 'a',
    clientId: 'c',
    clientSecret: 's',
    initial: expired,
    clock: () => 5_000,
  });
  assert.deepEqual(source.held(), expired);
  source.invalidate('stored-token');
  assert.equal(source.held(), undefined);
});

test('pasted token: held even past its expiry; not after the server rejected it', () => {
  const source = new StaticTokenSource({ accessToken: 'pasted', expiresAt: 1_000, clock: () => 5_000 });
  assert.deepEqual(source.held(), { accessToken: 'pasted', expiresAt: 1_000 });
  source.invalidate('pasted');
  assert.equal(source.held(), undefined);
});

test("an account's source reads its secrets once to say what it holds, and never asks for a token", async () => {
  let loads = 0;
  let requests = 0;
  const inner: TokenSource = {
    getToken: () => {
      requests++;
      return Promise.resolve({ accessToken: 'fresh', expiresAt: Number.POSITIVE_INFINITY });
    },
    invalidate: () => undefined,
    held: () => expired,
  };
  const source = new AccountTokenSource(
    () => {
      loads++;
      return Promise.resolve(inner);
    },
    () => undefined,
  );
  assert.deepEqual(await source.heldToken(), expired);
  assert.deepEqual(await source.heldToken(), expired);
  assert.deepEqual([loads, requests], [1, 0]);
});
