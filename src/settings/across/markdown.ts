// The documents of Find Setting Across Groups, as Markdown: an admin reads the raw text in the
// editor (columns padded) or the rendered preview. Everything Zoom sent (names, values, error
// text) is escaped and cut to a bounded length: data, never markup.
import * as vscode from 'vscode';
import { errorText } from '../../errorText';
import { leafPaths, valueAt, isObject } from '../tree';
import { queryFieldOf } from './keys';
import { valueKey, valueText, type AccountRow, type AcrossResult, type Found, type GroupRow } from './fetchAcross';
import { labelled } from '../../punctuation';

const MAX_CELL = 120;

/** One table cell: one line, escaped (CommonMark backslash escapes), bounded. */
export function cell(text: string): string {
  // eslint-disable-next-line no-control-regex
  const line = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  const cut = line.length > MAX_CELL ? `${line.slice(0, MAX_CELL - 1)}…` : line;
  return cut.replace(/[\\`*_[\]<>|#!~&{}]/g, '\\$&');
}

/** A table with columns padded to the widest cell, so the raw text reads as a table too. */
export function table(header: string[], rows: string[][], right: readonly number[] = []): string {
  const widths = header.map((h, i) => Math.min(60, Math.max(3, h.length, ...rows.map((r) => (r[i] ?? '').length))));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (right.includes(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** An id as code (copyable as is) when it is plain, else escaped text. */
const idCell = (id: string): string => (/^[A-Za-z0-9_-]{1,64}$/.test(id) ? `\`${id}\`` : cell(id));

const shown = (value: Found | undefined): string => (value?.found ? cell(valueText(value)) : vscode.l10n.t('(not set)'));

function lockText(locked: boolean | undefined, byAccount: boolean | undefined): string {
  if (byAccount) return vscode.l10n.t('🔒 account');
  if (locked === undefined) return vscode.l10n.t('not read');
  return locked ? vscode.l10n.t('🔒 group') : '';
}

function accountOf(result: AcrossResult, row: GroupRow): AccountRow | undefined {
  return result.accounts.find((a) => a.scope.subAccountId === row.scope.subAccountId);
}

function header(title: string, result: AcrossResult, description: string | undefined, groupLocks: boolean): string[] {
  const okGroups = result.groups.filter((g) => g.id && !g.error).length;
  return [
    `# ${title}`,
    '',
    ...(description ? [description.replace(/\s*\n\s*/g, ' '), ''] : []),
    vscode.l10n.t(
      '{0} groups read, {1} failed; {2} requests ({3}); {4}.',
      okGroups,
      result.groups.length - okGroups,
      result.requests,
      `\`custom_query_fields=${queryFieldOf(result.path)}\``,
      new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    ),
    ...(groupLocks
      ? []
      : [
          '',
          vscode.l10n.t(
            'Group locks are not read (lock settings cannot be filtered by field: one full request per group); set `zoomAdmin.findSettingAcrossGroups.groupLocks` to read them.',
          ),
        ]),
    '',
  ];
}

function accountsTable(result: AcrossResult): string {
  return table(
    [vscode.l10n.t('Account'), vscode.l10n.t('Value'), vscode.l10n.t('Lock')],
    result.accounts.map((a) =>
      a.error
        ? [cell(a.scope.label), vscode.l10n.t('⚠ error'), cell(errorText(a.error))]
        : [cell(a.scope.label), shown(a.value), a.locked ? vscode.l10n.t('🔒 account') : ''],
    ),
  );
}

function groupName(row: GroupRow): string {
  return row.id ? cell(row.name) : vscode.l10n.t('(groups of {0})', cell(row.scope.label));
}

/** One key: the account's value and lock, then the groups grouped by value, those that differ first. */
export function settingMarkdown(result: AcrossResult, description: string | undefined, groupLocks: boolean): string {
  const several = result.accounts.length > 1;
  // Only a value the account has can be differed from (some keys exist at group level only).
  const differs = (g: GroupRow) => {
    const account = accountOf(result, g)?.value;
    return !!account?.found && valueKey(g.value) !== valueKey(account);
  };
  const ok = result.groups.filter((g) => g.id && !g.error);
  const failed = result.groups.filter((g) => !g.id || g.error);
  const byValue = new Map<string, GroupRow[]>();
  for (const g of ok) byValue.set(valueKey(g.value), [...(byValue.get(valueKey(g.value)) ?? []), g]);
  const blocks = [...byValue.values()]
    .map((rows) => ({
      rows: rows.sort((a, b) => Number(differs(b)) - Number(differs(a)) || a.name.localeCompare(b.name)),
      differing: rows.filter(differs).length,
    }))
    .sort((a, b) => b.differing - a.differing || b.rows.length - a.rows.length);
  const count = (n: number) => (n === 1 ? vscode.l10n.t('1 group') : vscode.l10n.t('{0} groups', n));
  const out = header(vscode.l10n.t('{0} across groups', `\`${result.path}\``), result, description, groupLocks);
  out.push(`## ${vscode.l10n.t('Account')}`, '', accountsTable(result), '');
  out.push(`## ${vscode.l10n.t('Groups by value')}`, '');
  out.push(blocks.map((b) => labelled(`**${shown(b.rows[0].value)}**`, count(b.rows.length))).join(' · ') || vscode.l10n.t('No groups.'), '');
  for (const b of blocks) {
    const note = b.differing ? ` (${vscode.l10n.t('{0} differ from their account', b.differing)})` : '';
    out.push(`### ${labelled(shown(b.rows[0].value), count(b.rows.length))}${note}`, '');
    out.push(
      table(
        [
          vscode.l10n.t('Group'),
          ...(several ? [vscode.l10n.t('Account')] : []),
          vscode.l10n.t('Value'),
          vscode.l10n.t('Lock'),
          vscode.l10n.t('Differs'),
          vscode.l10n.t('ID'),
        ],
        b.rows.map((g) => [
          groupName(g),
          ...(several ? [cell(g.scope.label)] : []),
          shown(g.value),
          lockText(g.locked, accountOf(result, g)?.locked),
          differs(g) ? '≠' : '',
          idCell(g.id),
        ]),
      ),
      '',
    );
  }
  if (failed.length) out.push(`### ${vscode.l10n.t('Errors: {0}', count(failed.length))}`, '', errorsTable(failed, several), '');
  return out.join('\n');
}

function errorsTable(failed: GroupRow[], several: boolean): string {
  return table(
    [vscode.l10n.t('Group'), ...(several ? [vscode.l10n.t('Account')] : []), vscode.l10n.t('Error'), vscode.l10n.t('ID')],
    failed.map((g) => [groupName(g), ...(several ? [cell(g.scope.label)] : []), `⚠ ${cell(errorText(g.error))}`, idCell(g.id)]),
  );
}

/** A section: one row per key, one column per account and group, the keys whose values differ first. */
export function sectionMarkdown(result: AcrossResult, description: string | undefined): string {
  const section = result.path;
  const ok = result.groups.filter((g) => g.id && !g.error);
  const failed = result.groups.filter((g) => !g.id || g.error);
  const columns: { label: string; value?: Found }[] = [
    ...result.accounts.map((a) => ({ label: vscode.l10n.t('{0} (account)', cell(a.scope.label)), value: a.error ? undefined : a.value })),
    ...ok.map((g) => ({ label: result.accounts.length > 1 ? `${cell(g.name)} (${cell(g.scope.label)})` : cell(g.name), value: g.value })),
  ];
  const keys = new Map<string, string[]>();
  for (const c of columns) {
    const body = c.value?.found && isObject(c.value.value) ? c.value.value : undefined;
    if (body) for (const p of leafPaths(body)) keys.set(p.join('.'), p);
  }
  const valueIn = (c: { value?: Found }, p: string[]): Found => {
    const body = c.value?.found && isObject(c.value.value) ? c.value.value : undefined;
    const at = valueAt(body, p);
    return at.found ? { found: true, value: at.value } : { found: false };
  };
  const rows = [...keys.entries()]
    .map(([name, p]) => {
      const values = columns.map((c) => valueIn(c, p));
      return { name, values, differ: new Set(values.map(valueKey)).size > 1 };
    })
    .sort((a, b) => Number(b.differ) - Number(a.differ));
  const differing = rows.filter((r) => r.differ).length;
  const out = header(vscode.l10n.t('Section {0} across groups', `\`${section}\``), result, description, true);
  out.push(vscode.l10n.t('{0} of {1} keys differ between the account and its groups; they come first.', differing, rows.length), '');
  out.push(
    table(
      [vscode.l10n.t('Key'), vscode.l10n.t('Differs'), ...columns.map((c) => c.label)],
      rows.map((r) => [cell(r.name), r.differ ? '≠' : '', ...r.values.map((v) => shown(v))]),
    ),
    '',
  );
  if (failed.length) out.push(`## ${vscode.l10n.t('Errors: {0}', failed.length)}`, '', errorsTable(failed, result.accounts.length > 1), '');
  return out.join('\n');
}
