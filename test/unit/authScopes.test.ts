// Which required scopes a token's `scope` string lacks, granular or classic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingScopes } from '../../src/auth/scopes';

test('names every required granular scope a token lacks', () => {
  assert.deepEqual(missingScopes('user:read:user:admin group:read:group:admin'), ['user:read:list_users:admin', 'group:read:list_groups:admin']);
  assert.deepEqual(missingScopes('user:read:list_users:admin user:read:user:admin'), ['group:read:list_groups:admin']);
});

test('accepts granular scopes and the classic scopes that include them', () => {
  assert.deepEqual(missingScopes('user:read:list_users:admin group:read:list_groups:admin'), []);
  assert.deepEqual(missingScopes('user:read:admin group:read:admin'), []);
  assert.deepEqual(missingScopes('user:write:admin,group:read:list_groups:admin'), []);
});

test('a token that lists no scopes is not judged', () => {
  assert.deepEqual(missingScopes(undefined), []);
  assert.deepEqual(missingScopes('  '), []);
});
