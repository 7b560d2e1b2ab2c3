import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portalHost, portalUrl } from '../../../src/zoom/portal';

test('the portal host follows the OAuth base URL: zoomgov.com for ZoomGov, zoom.us for anything else', () => {
  assert.equal(portalHost('https://zoom.us'), 'zoom.us');
  assert.equal(portalHost('https://zoomgov.com'), 'zoomgov.com');
  assert.equal(portalHost('https://Auth.ZoomGov.com/'), 'zoomgov.com');
  assert.equal(portalHost('https://zoomgov.com.evil.example'), 'zoom.us', 'a look-alike host is not ZoomGov');
  assert.equal(portalHost('http://127.0.0.1:9000'), 'zoom.us', 'the simulator has no portal');
  assert.equal(portalHost('not a url'), 'zoom.us');
  assert.equal(portalHost(undefined), 'zoom.us');
});

test("each kind opens its object's page, or its list page without an id; ids are encoded", () => {
  assert.equal(portalUrl('user', 'KDcuGIm1QgePTO8WbOqwIQ', 'https://zoom.us'), 'https://zoom.us/user/KDcuGIm1QgePTO8WbOqwIQ/profile');
  assert.equal(portalUrl('user', undefined, 'https://zoom.us'), 'https://zoom.us/account/user#/', 'a pending user has no page');
  assert.equal(portalUrl('group', 'a/b c', 'https://zoomgov.com'), 'https://zoomgov.com/account/group#/detail/a%2Fb%20c/detail');
  assert.equal(portalUrl('role', '2', undefined), 'https://zoom.us/role#/detail/2/settings');
  assert.equal(portalUrl('subAccount', 'acme-sub-east', 'https://zoom.us'), 'https://zoom.us/account');
  assert.equal(portalUrl('group', undefined, 'https://zoom.us'), 'https://zoom.us/account/group#/');
  assert.equal(portalUrl('role', '', 'https://zoom.us'), 'https://zoom.us/role');
});
