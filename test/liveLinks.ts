// What a renderer would make clickable or load in a Markdown text: markdown-it with GFM-style
// autolinking (bare URLs, www., emails) stands in for the hover renderer. Shared by the unit suite
// (the escaping helpers) and the extension-host suite (the tooltips the tree builds).
import { createRequire } from 'node:module';

interface MarkdownIt {
  render(markdown: string): string;
}
type MarkdownItFactory = (options: { html: boolean; linkify: boolean }) => MarkdownIt;

const markdownIt = createRequire(__filename)('markdown-it') as MarkdownItFactory;
const renderer = markdownIt({ html: true, linkify: true });

/** The HTML the Markdown renders to. */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}

/** Every link, image and raw HTML element the Markdown renders to (empty when it is all text). */
export function liveLinks(markdown: string): string[] {
  const html = renderMarkdown(markdown);
  return [...html.matchAll(/<(a|img|script|iframe)\b[^>]*>/gi)].map((m) => m[0]);
}
