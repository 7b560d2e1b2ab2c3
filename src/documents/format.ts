// Indents Zoom's raw JSON the way the editor is set up, by whitespace edits only: no parse and
// re-stringify, so big integers, number spelling and key order stay exactly as Zoom sent them.
import { applyEdits, format } from 'jsonc-parser';

export interface Indentation {
  tabSize: number;
  insertSpaces: boolean;
  eol: '\n' | '\r\n';
}

export function formatJson(raw: string, indentation: Indentation): string {
  const options = { tabSize: indentation.tabSize, insertSpaces: indentation.insertSpaces, eol: indentation.eol };
  const formatted = applyEdits(raw, format(raw, undefined, options)).trimEnd();
  return formatted + indentation.eol;
}
