// Which Zoom GET serves a document: one path from paths.ts plus the view's query.
import { paths } from '../zoom/paths';
import { queryFieldOf } from '../settings/across/keys';
import type { DocumentTarget } from './uri';

export interface ZoomRequest {
  path: string;
  query: Record<string, string | undefined>;
}

/** The GET of a document; groupOverrides is made from two (see settings/overrides.ts): its group settings' here. */
export function requestFor(target: DocumentTarget): ZoomRequest {
  const scope = target.subAccountId ? { subAccountId: target.subAccountId } : undefined;
  const view = { option: target.option, custom_query_fields: target.fields?.length ? target.fields.join(',') : undefined };
  switch (target.kind) {
    case 'groupSettings':
    case 'groupOverrides':
      return { path: paths.groupSettings(target.id, scope), query: view };
    case 'groupLockSettings':
      return { path: paths.groupLockSettings(target.id, scope), query: { option: target.option } };
    case 'userSettings':
      return { path: paths.userSettings(target.id, scope), query: view };
    case 'accountSettings':
      return { path: paths.accountSettings(scope), query: view };
    case 'accountLockSettings':
      return { path: paths.accountLockSettings(scope), query: view };
    case 'group':
      return { path: paths.group(target.id, scope), query: {} };
    case 'user':
      return { path: paths.user(target.id, scope), query: {} };
    case 'role':
      return { path: paths.role(target.id, scope), query: {} };
    case 'subAccount':
      return { path: paths.subAccount(target.id), query: {} };
    case 'settingAcross':
    case 'sectionAcross':
      // Many requests (settings/across/load.ts makes the document); this is its first, the account's value.
      return { path: paths.accountSettings(scope), query: { custom_query_fields: queryFieldOf(target.id) } };
    case 'liveAccountSnapshot':
      // Settings and lock settings (settings/snapshot/collect.ts reads both); this is the first.
      return { path: paths.accountSettings(scope), query: {} };
    case 'liveGroupSnapshot':
      return { path: paths.groupSettings(target.id, scope), query: {} };
  }
}
