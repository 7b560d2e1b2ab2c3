// JSON out, with integers above 2^53 written as raw literals the way Zoom sends them
// (JSON.stringify cannot: a BigInt throws and a number is already rounded).

const MARK = '@@bigint:';
const MARKED = /"@@bigint:(\d+)@@"/g;

/** A placeholder that toJson() turns into the bare integer literal. */
export function bigIntLiteral(digits: string): string {
  return `${MARK}${digits}@@`;
}

export function toJson(body: unknown): string {
  const text = JSON.stringify(body);
  return text.includes(MARK) ? text.replace(MARKED, '$1') : text;
}
