// Reads a CSV file the way a spreadsheet does (RFC 4180: quoted cells may hold commas, quotes and line
// breaks) with csv-parse, independent of the extension's writer, so the suites can check an exported
// file record by record (unit, extension-host and end-to-end tests).
import { parse } from 'csv-parse/sync';

/** The records of `text` (a leading UTF-8 BOM is dropped), each a list of cells; a final line break ends no extra record. */
export function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: true }) as string[][];
}
