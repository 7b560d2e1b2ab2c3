// Group settings and lock settings: the spec-shaped fixture, varied per group from the seed so two
// groups differ, in the `option` variants, and filtered by `custom_query_fields`.
import { GROUP_SETTINGS_FIXTURES } from './fixtures/groupSettings';
import { hashOf, hashString, mix } from './random';
import type { SimAccount, SimGroup } from './world';

export const SETTINGS_OPTIONS = ['meeting_authentication', 'recording_authentication', 'meeting_security'] as const;
export type SettingsOption = (typeof SETTINGS_OPTIONS)[number];

type Json = Record<string, unknown>;
const cache = new WeakMap<SimGroup, Map<string, Json>>();

/** A deep copy with about one boolean in five flipped, decided per (group, field path). */
function vary(value: unknown, seed: number, path: string, domain: string): unknown {
  if (Array.isArray(value)) return value.map((v, i) => vary(v, seed, `${path}[${i}]`, domain));
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, v] of Object.entries(value)) out[k] = k === 'domains' ? domain : vary(v, seed, `${path}.${k}`, domain);
    return out;
  }
  if (typeof value === 'boolean') return mix(seed, hashString(path)) % 5 === 0 ? !value : value;
  return value;
}

function variant(account: SimAccount, group: SimGroup, key: string): Json {
  let perGroup = cache.get(group);
  if (!perGroup) cache.set(group, (perGroup = new Map()));
  let body = perGroup.get(key);
  if (!body) {
    body = vary(GROUP_SETTINGS_FIXTURES[key], hashOf(account.salt, 'settings', group.index), '', account.domain) as Json;
    perGroup.set(key, body);
  }
  return body;
}

export function groupSettings(account: SimAccount, group: SimGroup, option?: SettingsOption): Json {
  return variant(account, group, option ?? 'settings');
}

export function groupLockSettings(account: SimAccount, group: SimGroup, option?: 'meeting_security'): Json {
  return variant(account, group, option ? 'lock_meeting_security' : 'lock_settings');
}

/**
 * `custom_query_fields=host_video,participant_video` keeps only those fields, nested under their
 * sections: `{ "schedule_meeting": { "host_video": false, "participant_video": true } }`.
 * A name that is itself a top-level key keeps that whole key.
 */
export function pickFields(body: Json, fields: readonly string[]): Json {
  const wanted = new Set(fields);
  const out: Json = {};
  for (const [section, value] of Object.entries(body)) {
    if (wanted.has(section)) {
      out[section] = value;
      continue;
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
    const picked = Object.entries(value as Json).filter(([k]) => wanted.has(k));
    if (picked.length > 0) out[section] = Object.fromEntries(picked);
  }
  return out;
}
