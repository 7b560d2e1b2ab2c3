// Indents Zoom's raw JSON the way the editor is set up, by whitespace edits only: no parse and
// re-stringify, so big integers, number spelling and key order stay exactly as Zoom sent them.
import { jsonc } from '../jsonc';

export interface Indentation {
  /** From `[json] editor.tabSize`, which a workspace may set to anything: clamped to 1–8. */
  tabSize: number;
  insertSpaces: boolean;
  eol: '\n' | '\r\n';
}

const DEFAULT_TAB_SIZE = 4;
const MAX_TAB_SIZE = 8;

/** A whole number of spaces from 1 to 8; anything else (NaN, "auto", 100000) is clamped or the default 4. */
export function tabSizeOf(value: unknown): number {
  // Stryker disable next-line ConditionalExpression: equivalent, Number.isFinite is false for every non-number
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_TAB_SIZE;
  return Math.min(MAX_TAB_SIZE, Math.max(1, Math.round(value)));
}

export function formatJson(raw: string, indentation: Indentation): string {
  const options = { tabSize: tabSizeOf(indentation.tabSize), insertSpaces: indentation.insertSpaces, eol: indentation.eol };
  const { applyEdits, format } = jsonc();
  // Stryker disable next-line MethodExpression: equivalent today (jsonc-parser's format trims both ends), kept in case it stops
  const formatted = applyEdits(raw, format(raw, undefined, options)).trimEnd();
  return formatted + indentation.eol;
}
