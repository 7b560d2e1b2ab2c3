// zoomAdmin.clearRoleFilter: the Users lists of one scope (the row's: an account, or one of its sub
// accounts) or, from the palette or the view's title, of every scope show every role again.
import type { Scope } from '../tree/env';
import { refOf } from '../tree/objectRef';
import type { DirectoryTree } from '../tree/register';

export function clearRoleFilter(tree: DirectoryTree) {
  return (node?: unknown): void => {
    const row: Partial<Scope> | undefined = refOf(node) ?? (node as { scope?: Partial<Scope> } | undefined)?.scope;
    const key = row?.accountKey;
    for (const scope of tree.env.filteredScopes()) {
      if (!key || (scope.accountKey === key && scope.subAccountId === row?.subAccountId)) tree.setRoleFilter(scope, undefined);
    }
  };
}
