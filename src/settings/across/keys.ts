// The settings keys a person can ask about across groups: every key path of Get group settings
// (full body) the official spec documents, with its description, from the generated key docs.
// Plain TypeScript (no vscode).
import type { KeyDocsData } from '../keyDocs';

export interface SettingKey {
  /** "in_meeting.waiting_room"; a section is one segment ("recording"). */
  path: string;
  description?: string;
}

/** A dotted key path of plain field names, at most 8 deep (what a URI and a request may carry). */
export const KEY_PATH = /^[A-Za-z0-9_]+(\.[A-Za-z0-9_]+){0,7}$/;

/** Keys (two or more segments) in the spec's order; array items ("a[].b") are parts of their array's value. */
export function settingKeys(language: string, data: KeyDocsData): SettingKey[] {
  return documented(language, data).filter((k) => k.path.includes('.'));
}

/** The sections ("in_meeting", "recording", …) of the full body. */
export function settingSections(language: string, data: KeyDocsData): SettingKey[] {
  return documented(language, data).filter((k) => !k.path.includes('.'));
}

function documented(language: string, data: KeyDocsData): SettingKey[] {
  const view = data.kinds.groupSettings?.[''] ?? {};
  const zh = language.toLowerCase() === 'zh-cn' ? (data.zh.groupSettings?.[''] ?? {}) : {};
  return Object.entries(view)
    .filter(([path]) => KEY_PATH.test(path))
    .map(([path, index]) => {
      const text = data.entries[index]?.[0] ?? -1;
      const description = zh[path] ?? (text >= 0 ? data.texts[text] : undefined);
      return description ? { path, description } : { path };
    });
}

/**
 * The custom_query_fields value that brings a key back: Zoom filters by the name of a field inside
 * a section (`host_video` → `{schedule_meeting: {host_video}}`), so a deeper key is asked by its
 * second segment and read from the whole object; a section by its own name.
 */
export function queryFieldOf(path: string): string {
  const segments = path.split('.');
  return segments.length === 1 ? segments[0] : segments[1];
}
