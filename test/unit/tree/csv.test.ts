// CSV cells and lines of "Export Users to CSV": quoting, CJK, and formula neutralising.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSV_BOM, csvCell, csvLine, userCsvHeader, userCsvLine } from '../../../src/tree/csv';
import { parseCsv } from './parseCsv';

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
});

test('CJK names and every column round-trip through a CSV reader', () => {
  const user = {
    id: 'KDcuGIm1QgePTO8WbOqwIQ', email: 'wang.fang@example.com', type: 2, first_name: '芳', last_name: '王',
    display_name: '王芳, "研发"', status: 'active' as const, dept: '研发部', group_ids: ['g1', 'g2'],
  };
  const text = CSV_BOM + userCsvHeader() + userCsvLine(user) + userCsvLine({ email: 'p@example.com', type: 1 }, 'pending');
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
