// What settings documents fetch besides their one GET: the locks of group settings (with the
// document, refreshed with it), the overrides document made from two settings bodies, and the
// Markdown of one key or section across every group.
import type { DocumentSources } from '../documents/provider';
import { isAcrossKind } from '../documents/uri';
import { acrossText } from './across/load';
import { fetchGroupLocks } from './locks';
import { overridesText } from './overrides';

export const settingsSources: DocumentSources = {
  load: (target, client) => (target.kind === 'groupOverrides' ? overridesText(target, client) : isAcrossKind(target.kind) ? acrossText(target, client) : undefined),
  alongside: (target, client) => fetchGroupLocks(target, client),
};
