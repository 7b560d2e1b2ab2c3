// Show Overrides: the keys where a group's settings differ from its account's (same view), each with
// both values: { "in_meeting": { "chat": { "account": true, "group": false } } }. Keys only one side
// has are not overrides (the account and group documents have different key sets).
import type { DocumentTarget } from '../documents/uri';
import type { ZoomApi } from '../zoom/api';
import { paths } from '../zoom/paths';
import { isObject, leafPaths, parseBody, sameValue, valueAt, type Json } from './tree';

export function overrides(account: Json, group: Json): Json {
  const out: Json = {};
  for (const path of leafPaths(group)) {
    const theirs = valueAt(account, path);
    const ours = valueAt(group, path).value;
    if (!theirs.found || isObject(theirs.value) || sameValue(theirs.value, ours)) continue;
    let at = out;
    for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Json;
    at[path[path.length - 1]] = { account: theirs.value, group: ours };
  }
  return out;
}

/** The overrides document's body: the account's and the group's settings in the target's view, compared. */
export async function overridesText(target: DocumentTarget, client: ZoomApi): Promise<string> {
  const scope = target.subAccountId ? { subAccountId: target.subAccountId } : undefined;
  const query = { option: target.option, custom_query_fields: target.fields?.length ? target.fields.join(',') : undefined };
  const [account, group] = await Promise.all([
    client.getText(paths.accountSettings(scope), query).then((t) => parseBody(t, 'account settings')),
    client.getText(paths.groupSettings(target.id, scope), query).then((t) => parseBody(t, 'group settings')),
  ]);
  return JSON.stringify(overrides(account, group));
}
