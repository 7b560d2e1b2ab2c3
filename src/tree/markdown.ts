// Markdown for tooltips. Every value that comes from Zoom (names, emails, IDs, counts, attributes,
// error messages) is data, never markup: a hostile server must not add a link, an image or HTML to
// a hover. No `vscode` import: unit-tested in Node.

/** Any value as one line of text: strings as they are, numbers and booleans written out, nothing else. */
function lineOf(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : '';
  // A line break could start a heading, a list or a code block.
  return text.replace(/[\r\n]+/g, ' ');
}

/**
 * Text that renders as itself. Escapes what opens links, images, HTML and emphasis, and `/`, `.`
 * and `@`, which breaks the bare URLs ("https://…", "www.…") and emails that renderers turn into
 * links on their own. (VS Code's `appendText` leaves those three alone.)
 */
export function escapeMarkdown(value: unknown): string {
  return lineOf(value).replace(/[\\`*_{}[\]()#+\-.!|<>@/~]/g, '\\$&');
}

/**
 * A value as a code span (IDs): copied as it is, and nothing inside is markup. The fence is longer
 * than any run of backticks in the value, so none can close it early.
 */
export function codeSpan(value: unknown): string {
  const text = lineOf(value);
  if (!text) return '';
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  // A space each side is dropped again by the renderer; it keeps a backtick at either end off the fence.
  const pad = /^[` ]|[` ]$/.test(text) ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
