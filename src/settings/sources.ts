// What settings documents fetch besides their one GET: the locks of group settings (with the
// document, refreshed with it), the overrides document made from two settings bodies, and the
// Markdown of one key or section across every group, and the live side of a snapshot file. The last two belong to
// rare tools (Find Setting Across Groups, Compare with Live): their modules are imported when such a document is first opened.
import type { DocumentSources } from '../documents/provider';
import { isAcrossKind, isLiveKind, type DocumentTarget } from '../documents/uri';
import type { ZoomApi } from '../zoom/api';
import { fetchGroupLocks } from './locks';
import { overridesText } from './overrides';

export const settingsSources: DocumentSources = {
  load: (target, client) => {
    if (target.kind === 'groupOverrides') return overridesText(target, client);
    if (isAcrossKind(target.kind)) return import('./across/load.js').then(({ acrossText }) => acrossText(target, client));
    return isLiveKind(target.kind) ? liveText(target, client) : undefined;
  },
  alongside: (target, client) => fetchGroupLocks(target, client),
};

/** A snapshot file's live side: the object's settings and lock settings now, laid out as the file. */
async function liveText(target: DocumentTarget, client: ZoomApi): Promise<string> {
  const [{ liveBody }, { snapshotText }] = await Promise.all([import('./snapshot/collect.js'), import('./snapshot/files.js')]);
  const type = target.kind === 'liveAccountSnapshot' ? 'account' : 'group';
  const sub = target.subAccountId ? { subAccountId: target.subAccountId } : {};
  return snapshotText(await liveBody(client, { type, id: target.id, name: target.name ?? target.id, account: target.accountKey, ...sub }));
}
