// The redactor every log line goes through: secrets never survive, emails only when asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMAIL_MASK, MASK, Redactor } from '../../src/redact';

const jwt = 'eyJhbGciOiJIUzUxMiIsInYiOiIyLjAiLCJraWQiOiJhYmMifQ.eyJhdWQiOiJodHRwczovL29hdXRoLnpvb20udXMiLCJ1aWQiOiJ4In0.Zm9vYmFyYmF6cXV4';

test('masks Authorization headers in every form', () => {
  const r = new Redactor();
  for (const line of [
    'Authorization: Bearer abc.def.ghi',
    'authorization=Basic dXNlcjpwYXNz',
    '{"Authorization":"Bearer sk_live_12345"}',
    "headers: { authorization: 'Basic Zm9vOmJhcg==' }",
  ]) {
    const out = r.redact(line);
    assert.ok(out.includes(MASK), `${line} -> ${out}`);
    for (const leaked of ['abc.def.ghi', 'dXNlcjpwYXNz', 'sk_live_12345', 'Zm9vOmJhcg==']) {
      assert.ok(!out.includes(leaked), `${leaked} leaked from ${line}: ${out}`);
    }
  }
});

test('masks Basic and Bearer credentials outside headers', () => {
  const r = new Redactor();
  const out = r.redact('curl -H "x: Bearer tok_123456789" and Basic Y2xpZW50OnNlY3JldA==');
  assert.equal(out, `curl -H "x: Bearer ${MASK}" and Basic ${MASK}`);
});

test('masks secret-named fields in JSON, forms and key: value text', () => {
  const r = new Redactor();
  const cases: [string, string][] = [
    ['{"client_secret":"s3cr3t-value","x":1}', 's3cr3t-value'],
    ['grant_type=account_credentials&client_secret=abcdEFGH1234&account_id=A1', 'abcdEFGH1234'],
    ['{"access_token": "opaque-token-value", "expires_in": 3599}', 'opaque-token-value'],
    ['clientSecret: hunter2hunter2', 'hunter2hunter2'],
    ['refresh_token=rt-0987654321', 'rt-0987654321'],
    // The bare names: a form field and a JSON member called just "token".
    ['state=x&token=plain-opaque-1&y=2', 'plain-opaque-1'],
    ['{"token": "plain-opaque-2"}', 'plain-opaque-2'],
  ];
  for (const [line, secret] of cases) {
    const out = r.redact(line);
    assert.ok(!out.includes(secret), `${secret} leaked: ${out}`);
    assert.ok(out.includes(MASK), out);
  }
  // Non-secret fields and ids stay readable: the log is useless otherwise.
  assert.equal(r.redact('GET /v2/users?next_page_token=pg123&page_size=300 -> 200'), 'GET /v2/users?next_page_token=pg123&page_size=300 -> 200');
  assert.equal(r.redact('account acme-master-001 group 7fG2hQ'), 'account acme-master-001 group 7fG2hQ');
  assert.equal(r.redact('POST /oauth/token: HTTP 401, invalid_client'), 'POST /oauth/token: HTTP 401, invalid_client');
});

test('masks JWT-looking strings anywhere', () => {
  const r = new Redactor();
  const out = r.redact(`token was ${jwt}, retrying`);
  assert.equal(out, `token was ${MASK}, retrying`);
});

test('masks registered secret values even raw and URL-encoded', () => {
  const r = new Redactor();
  const secret = 'Pl41n/Secret+Value';
  assert.equal(r.redact(`oops ${secret}`), `oops ${secret}`, 'not a pattern: only registration masks it');
  r.addSecret(secret);
  r.addSecret(secret);
  const raw = r.redact(`oops ${secret} and ${encodeURIComponent(secret)} end`);
  assert.equal(raw, `oops ${MASK} and ${MASK} end`);
});

test('masks the longest registered secret whole', () => {
  const r = new Redactor();
  r.addSecret('abcdefgh');
  r.addSecret('abcdefgh-longer');
  assert.equal(r.redact('x abcdefgh-longer y abcdefgh'), `x ${MASK} y ${MASK}`);
});

test('ignores values too short to be secrets', () => {
  const r = new Redactor();
  r.addSecret('abc');
  r.addSecret('');
  r.addSecret(undefined);
  assert.equal(r.redact('abc abc'), 'abc abc');
});

test('masks emails unless personal data is kept (Trace level)', () => {
  const r = new Redactor();
  const line = 'user jane.doe+zoom@example.co.uk not found';
  assert.equal(r.redact(line), `user ${EMAIL_MASK} not found`);
  assert.equal(r.redact(line, { keepPersonal: true }), line);
  // Secrets are masked even when personal data is kept.
  assert.equal(r.redact(`Bearer ${jwt}`, { keepPersonal: true }), `Bearer ${MASK}`);
});
