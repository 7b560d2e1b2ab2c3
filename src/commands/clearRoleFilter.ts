// zoomAdmin.clearRoleFilter: the Users lists of one account (the row's) or of all show every role again.
import { refOf } from '../tree/objectRef';
import type { DirectoryTree } from '../tree/register';

export function clearRoleFilter(tree: DirectoryTree) {
  return (node?: unknown): void => {
    const key = refOf(node)?.accountKey ?? (node as { scope?: { accountKey?: string } } | undefined)?.scope?.accountKey;
    for (const account of tree.accountNodesList()) {
      if (!key || account.account.key === key) tree.setRoleFilter(account.account.key, undefined);
    }
  };
}
