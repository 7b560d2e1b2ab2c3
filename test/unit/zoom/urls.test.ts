// Where tokens may go: https everywhere, http only on loopback; api_url only on Zoom's own hosts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkBaseUrl, trustedApiUrlFromToken } from '../../../src/zoom/urls';

test('accepts https and loopback http, normalising the trailing slash', () => {
  assert.deepEqual(checkBaseUrl('https://api.zoom.us/v2/', 'apiBaseUrl'), { ok: true, url: 'https://api.zoom.us/v2' });
  assert.deepEqual(checkBaseUrl('https://zoom.us', 'oauthBaseUrl'), { ok: true, url: 'https://zoom.us' });
  for (const url of ['http://127.0.0.1:4010/v2', 'http://127.9.8.7/v2', 'http://localhost:80/v2/', 'http://[::1]:9/v2']) {
    const r = checkBaseUrl(url, 'apiBaseUrl');
    assert.ok(r.ok, url);
    assert.ok(!r.url.endsWith('/'), r.url);
  }
});

test('refuses plain http elsewhere, junk, credentials and queries, naming the setting', () => {
  const cases: [string, string][] = [
    ['http://api.zoom.us/v2', 'insecure'],
    ['http://127.0.0.1.evil.com/v2', 'insecure'],
    ['http://localhost.evil.com/', 'insecure'],
    ['ftp://127.0.0.1/', 'insecure'],
    ['not a url', 'invalid'],
    ['', 'invalid'],
    ['https://user:pw@api.zoom.us/v2', 'credentials'],
    ['https://api.zoom.us/v2?x=1', 'query'],
  ];
  for (const [url, problem] of cases) {
    const r = checkBaseUrl(url, 'zoomAdmin.apiBaseUrl');
    assert.equal(r.ok, false, url);
    if (!r.ok) {
      assert.equal(r.problem, problem, url);
      assert.match(r.reason, /zoomAdmin\.apiBaseUrl/);
    }
  }
  const insecure = checkBaseUrl('http://example.com', 'zoomAdmin.apiBaseUrl');
  assert.ok(!insecure.ok && /https:\/\//.test(insecure.reason));
});

test("uses the token's api_url only for https Zoom hosts when the base is Zoom's default", () => {
  assert.equal(trustedApiUrlFromToken('https://api-eu.zoom.us', 'https://api.zoom.us/v2'), 'https://api-eu.zoom.us/v2');
  assert.equal(trustedApiUrlFromToken('https://api.zoomgov.com', 'https://api.zoomgov.com/v2'), 'https://api.zoomgov.com/v2');
  assert.equal(trustedApiUrlFromToken(undefined, 'https://api.zoom.us/v2'), 'https://api.zoom.us/v2');
  // Never away from a simulator, a proxy, or to a non-Zoom / insecure / look-alike host.
  assert.equal(trustedApiUrlFromToken('https://api-eu.zoom.us', 'http://127.0.0.1:4010/v2'), 'http://127.0.0.1:4010/v2');
  assert.equal(trustedApiUrlFromToken('https://api-eu.zoom.us', 'https://zoom-proxy.corp.example/v2'), 'https://zoom-proxy.corp.example/v2');
  assert.equal(trustedApiUrlFromToken('http://api-eu.zoom.us', 'https://api.zoom.us/v2'), 'https://api.zoom.us/v2');
  assert.equal(trustedApiUrlFromToken('https://api.zoom.us.evil.com', 'https://api.zoom.us/v2'), 'https://api.zoom.us/v2');
  assert.equal(trustedApiUrlFromToken('https://evilzoom.us', 'https://api.zoom.us/v2'), 'https://api.zoom.us/v2');
  assert.equal(trustedApiUrlFromToken('https://api.zoomgov.com', 'https://api.zoom.us/v2'), 'https://api.zoom.us/v2');
  assert.equal(trustedApiUrlFromToken('not a url', 'https://api.zoom.us/v2'), 'https://api.zoom.us/v2');
});

test('a fragment, a password alone, and blanks around the URL', () => {
  const r = checkBaseUrl('https://api.zoom.us/v2#x', 'apiBaseUrl');
  assert.ok(!r.ok && r.problem === 'query');
  const p = checkBaseUrl('https://:pw@api.zoom.us/v2', 'apiBaseUrl');
  assert.ok(!p.ok && p.problem === 'credentials');
  assert.deepEqual(checkBaseUrl('  https://api.zoom.us/v2//  ', 'apiBaseUrl'), { ok: true, url: 'https://api.zoom.us/v2' });
  assert.deepEqual(checkBaseUrl('http://127.0.0.1', 'apiBaseUrl'), { ok: true, url: 'http://127.0.0.1' });
});

test("a token's api_url with a port, user or password, or for an http base, is not used", () => {
  const base = 'https://api.zoom.us/v2';
  for (const apiUrl of ['https://api-eu.zoom.us:8443', 'https://u@api-eu.zoom.us', 'https://:p@api-eu.zoom.us']) {
    assert.equal(trustedApiUrlFromToken(apiUrl, base), base, apiUrl);
  }
  assert.equal(trustedApiUrlFromToken('https://api-eu.zoom.us', 'http://api.zoom.us/v2'), 'http://api.zoom.us/v2');
  assert.equal(trustedApiUrlFromToken('https://zoom.us', base), 'https://zoom.us/v2', 'the cloud domain itself is Zoom');
  assert.equal(trustedApiUrlFromToken('https://API-EU.Zoom.US/ignored/path', base), 'https://api-eu.zoom.us/v2');
});

test('loopback means 127.x.y.z exactly (any 1-3 digit parts), and ZoomGov tokens get their regional host', () => {
  assert.ok(checkBaseUrl('http://127.0.0.10/v2', 'apiBaseUrl').ok);
  assert.equal(checkBaseUrl('http://a127.0.0.1/v2', 'apiBaseUrl').ok, false);
  assert.equal(trustedApiUrlFromToken('https://api-gov2.zoomgov.com', 'https://api.zoomgov.com/v2'), 'https://api-gov2.zoomgov.com/v2');
});
