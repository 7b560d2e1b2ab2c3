// zoomAdmin.clearFilters and zoomAdmin.clearRoleFilter: the Users lists of one scope (the row's: an
// account, or one of its sub accounts) or, from the palette or the view's title, of every scope,
// drop all their filters, or only the role filter.
import type { Scope } from '../objectRef';
import type { UserFilters } from '../tree/env';
import { refOf } from '../objectRef';
import type { DirectoryTree } from '../tree/register';

export function clearFilters(tree: DirectoryTree, which: 'all' | 'role') {
  const cleared: UserFilters = which === 'all' ? { role: undefined, license: undefined } : { role: undefined };
  return (node?: unknown): void => {
    const row: Partial<Scope> | undefined = refOf(node) ?? (node as { scope?: Partial<Scope> } | undefined)?.scope;
    const key = row?.accountKey;
    for (const scope of tree.env.filteredScopes()) {
      if (which === 'role' && !tree.env.roleFilter(scope)) continue;
      if (!key || (scope.accountKey === key && scope.subAccountId === row?.subAccountId)) tree.setUserFilters(scope, cleared);
    }
  };
}
