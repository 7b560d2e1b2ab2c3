// The accounts a command can act on besides those signed in: the sub accounts the tree has listed
// (asked through src/auth/pickAccount.ts), and the programmatic form of a filter command's scope.
import type { SubAccountsOf } from '../auth/pickAccount';
import type { Scope } from '../objectRef';
import type { DirectoryTree } from '../tree/register';

/**
 * The programmatic form of the filter commands: { accountKey, subAccountId?, <valueKey>: string }
 * ('' clears). Undefined for anything else (a row, nothing), which then goes through pickAccount.
 */
export function givenFilter(arg: unknown, valueKey: string): { scope: Scope; value: string } | undefined {
  const given = arg as Record<string, unknown> | undefined;
  if (typeof given?.accountKey !== 'string' || typeof given[valueKey] !== 'string') return undefined;
  const sub = typeof given.subAccountId === 'string' && given.subAccountId ? { subAccountId: given.subAccountId } : {};
  return { scope: { accountKey: given.accountKey, ...sub }, value: given[valueKey] };
}

/** The sub accounts of each account that the tree has listed (none when not listed yet: no request is made). */
export function knownSubAccounts(tree: DirectoryTree): SubAccountsOf {
  return (accountKey) => (tree.accountNode(accountKey)?.subAccounts.pager.items ?? []).map(({ scope }) => ({ ...scope, label: tree.scopeLabel(scope) }));
}
