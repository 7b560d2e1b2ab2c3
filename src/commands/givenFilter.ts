// The programmatic form of the filter commands' scope (a row or nothing goes through pickAccount).
import type { Scope } from '../objectRef';

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
