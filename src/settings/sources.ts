// What settings documents fetch besides their one GET: the locks of group settings (with the
// document, refreshed with it), and the overrides document made from two settings bodies.
import type { DocumentSources } from '../documents/provider';
import { fetchGroupLocks } from './locks';
import { overridesText } from './overrides';

export const settingsSources: DocumentSources = {
  load: (target, client) => (target.kind === 'groupOverrides' ? overridesText(target, client) : undefined),
  alongside: (target, client) => fetchGroupLocks(target, client),
};
