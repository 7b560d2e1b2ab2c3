// How Zoom's answers become errors, without a server: the classification of status and code,
// the parameters and the technical detail each error carries, and the helpers behind them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ZoomApiError,
  ZoomAuthError,
  ZoomInputError,
  ZoomNetworkError,
  ZoomResponseError,
  cancellationError,
  formatReset,
  isCancellation,
  parseMissingScopes,
} from '../../../src/zoom/errors';
import { formatFriendly } from '../../../src/zoom/errorWords';

const api = (httpStatus: number, code: number | undefined, zoomMessage: string | undefined, endpoint = 'GET /users') =>
  new ZoomApiError({ endpoint, httpStatus, code, zoomMessage });

test('statuses without a known code: 401 rejected token, 403 denied or forbidden, 5xx server error, else the message', () => {
  assert.equal(api(401, undefined, 'x').kind, 'tokenRejected');
  const denied = api(403, undefined, 'Access to the Zoom REST API has been denied for this account.');
  assert.equal(denied.kind, 'apiAccessDenied');
  assert.equal(api(403, undefined, '').kind, 'apiAccessDenied', 'a bare 403');
  assert.equal(api(403, undefined, 'Access denied by the REST API gateway').kind, 'apiAccessDenied');
  const forbidden = api(403, undefined, 'Access denied to this group.');
  assert.equal(forbidden.kind, 'forbidden', 'denied, but not the REST API as a whole');
  assert.deepEqual(forbidden.params, ['GET /users', 'Access denied to this group.']);
  assert.equal(api(403, undefined, 'The REST API is read-only here').kind, 'forbidden');
  const server = api(500, undefined, undefined);
  assert.equal(server.kind, 'serverError');
  assert.deepEqual(server.params, ['500', 'GET /users']);
  assert.equal(api(499, undefined, undefined).kind, 'apiError');
  assert.deepEqual(api(418, undefined, undefined).params, ['GET /users', 'HTTP 418']);
  assert.deepEqual(api(400, 9999, 'Something odd.').params, ['GET /users', 'Something odd.']);
});

test('codes name the object from the endpoint, decoded, without the query', () => {
  assert.deepEqual(api(404, 1001, 'User does not exist.', 'GET /users/jane%40x.io?x=1').params, ['jane@x.io']);
  assert.deepEqual(api(400, 1010, 'no', 'GET /accounts/s1/groups/g%201/members').params, ['g 1']);
  assert.deepEqual(api(400, 1034, 'no', 'GET /roles/7/members').params, ['7']);
  assert.deepEqual(api(400, 1120, 'no', 'GET /users/u%zz').params, ['u%zz'], 'an undecodable segment is kept as sent');
  assert.deepEqual(api(404, 2001, 'no', 'GET /accounts/acme-sub/users').params, ['acme-sub']);
  assert.deepEqual(api(404, 4130, 'no', 'GET /groups').params, [''], 'no id segment: empty');
  assert.deepEqual(api(404, 4130, 'no', 'nonsense').params, ['']);
  assert.equal(api(400, 300, 'Invalid next page token.').kind, 'pageTokenExpired');
  const invalid = api(400, 300, 'Validation Failed.');
  assert.equal(invalid.kind, 'invalidRequest');
  assert.deepEqual(invalid.params, ['Validation Failed.']);
  assert.equal(api(400, 200, 'Only available for paid account').kind, 'paidAccountOnly');
  assert.equal(api(400, 124, 'Invalid access token.').kind, 'tokenRejected');
  assert.deepEqual(api(400, 2300, 'no').params, ['GET /users']);
  const scopeless = api(400, 4711, 'Invalid access token, does not contain the needed scope.');
  assert.equal(scopeless.kind, 'missingScopesUnknown');
  assert.deepEqual(scopeless.params, ['Invalid access token, does not contain the needed scope.']);
  assert.deepEqual(api(400, 4700, 'Invalid access token, does not contain scopes:[a:b, c:d].').params, ['a:b, c:d']);
});

test('429s: per-second, daily with and without a reset time', () => {
  assert.equal(api(429, undefined, 'slow').kind, 'rateLimited');
  assert.equal(api(400, 429, 'slow').kind, 'rateLimited', 'a 429 code in a 400 body');
  const resetAt = Date.parse('2026-03-02T00:00:00Z');
  const daily = new ZoomApiError({ endpoint: 'GET /users', httpStatus: 429, rateLimitType: 'Daily-limit', resetAt });
  assert.equal(daily.kind, 'dailyLimit');
  assert.deepEqual(daily.params, ['GET /users', ...formatReset(resetAt)]);
  assert.equal(new ZoomApiError({ endpoint: 'GET /users', httpStatus: 429, rateLimitType: 'Daily-limit' }).kind, 'dailyLimitUnknownReset');
  assert.equal(new ZoomApiError({ endpoint: 'GET /users', httpStatus: 429, rateLimitType: 'QPS', resetAt }).kind, 'rateLimited');
});

test('the detail: status, code, the message unless the sentence already holds it, tracking id', () => {
  const e = new ZoomApiError({ endpoint: 'GET /users', httpStatus: 400, code: 9999, zoomMessage: 'Odd.', trackingId: 'v=2.0;t' });
  assert.equal(e.message, 'Zoom refused GET /users: Odd. (GET /users: HTTP 400, Zoom code 9999, tracking id v=2.0;t)');
  const quoted = new ZoomApiError({ endpoint: 'GET /users/u1', httpStatus: 404, code: 1001, zoomMessage: 'User does not exist: u1.' });
  assert.equal(quoted.message, 'User u1 does not exist in this account. (GET /users/u1: HTTP 404, Zoom code 1001, "User does not exist: u1.")');
  const kept = new ZoomApiError({ endpoint: 'GET /users', httpStatus: 400, code: 300, zoomMessage: 'Validation Failed.' });
  assert.equal(
    kept.message,
    'Zoom refused the request as invalid: Validation Failed. (GET /users: HTTP 400, Zoom code 300)',
    'the message is in the sentence already',
  );
  assert.equal(api(500, undefined, undefined).message, 'Zoom had a server error (HTTP 500) on GET /users. Try again later. (GET /users: HTTP 500)');
  assert.equal(e.zoomMessage, 'Odd.');
  assert.equal(api(500, undefined, undefined).zoomMessage, '');
  assert.equal(e.name, 'ZoomApiError');
});

test('missing scopes: a bracketed list, a single scope, or none', () => {
  assert.deepEqual(parseMissingScopes('Invalid access token, does not contain scopes:[user:read:admin, group:read:admin].'), [
    'user:read:admin',
    'group:read:admin',
  ]);
  assert.deepEqual(parseMissingScopes('does not contain scope [a:b]'), ['a:b']);
  assert.deepEqual(parseMissingScopes('Invalid access token, does not contain role:read:admin scope'), ['role:read:admin']);
  assert.deepEqual(parseMissingScopes('scopes:[ ]'), []);
  assert.deepEqual(parseMissingScopes('no scopes named'), []);
});

test('reset times: local time with its offset, and UTC', () => {
  const [local, utc] = formatReset(Date.parse('2026-03-02T00:00:00Z'));
  assert.equal(utc, '2026-03-02T00:00:00.000Z');
  assert.match(local, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
  assert.equal(Date.parse(local), Date.parse(utc), 'the local form names the same instant');
});

test('other errors: auth detail, response params, network, input, cancellation', () => {
  const auth = new ZoomAuthError('invalidClient', [], 'invalid_client', 401, 'v=2.0;a');
  assert.equal(auth.message, `${formatFriendly('invalidClient', [])} (POST /oauth/token: HTTP 401, invalid_client, tracking id v=2.0;a)`);
  assert.equal(new ZoomAuthError('signInRefused', ['no']).message, 'Zoom refused the sign-in: no');
  assert.deepEqual(new ZoomResponseError('tooLarge', 'GET /users', 200).params, ['GET /users', '32']);
  assert.deepEqual(new ZoomResponseError('badShape', 'GET /users', 200).params, ['GET /users', '']);
  assert.deepEqual(new ZoomResponseError('badJson', 'GET /users', 502, undefined, 'v=2.0;r').params, ['GET /users', '502']);
  assert.match(new ZoomResponseError('badJson', 'GET /users', 502, undefined, 'v=2.0;r').message, /\(tracking id v=2\.0;r\)$/);
  assert.deepEqual(new ZoomNetworkError('timeout', 'GET /users', '30').params, ['GET /users', '30']);
  assert.equal(new ZoomInputError('..').message, '".." is not a valid ID: ".", ".." and their encodings would change which Zoom object is asked for.');
  assert.equal(formatFriendly('forbidden', ['GET /x']), 'Zoom denied access to GET /x: {1}', 'a missing parameter keeps its placeholder');

  const own = Object.assign(new Error('stop'), { name: 'AbortError' });
  const aborted = new AbortController();
  aborted.abort(own);
  assert.equal(cancellationError(aborted.signal), own, "the signal's own AbortError");
  const other = new AbortController();
  other.abort(new Error('not an abort'));
  const made = cancellationError(other.signal);
  assert.equal(made.name, 'AbortError');
  assert.equal(made.message, 'The operation was cancelled.');
  assert.equal(isCancellation(made), true);
  assert.equal(isCancellation({ name: 'AbortError' }), false, 'only Errors');
  assert.equal(isCancellation(new Error('x')), false);
});
