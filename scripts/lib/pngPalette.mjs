// Shrinks a screenshot PNG into a palette PNG (libimagequant through sharp), typically a third of the
// size: a workbench screenshot is mostly flat colours plus anti-aliased text.
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

/** Rewrites `file` as a palette PNG when that is smaller; returns the sizes before and after. */
export async function shrinkPng(file) {
  const before = readFileSync(file);
  const after = await sharp(before).png({ palette: true, colours: 256, compressionLevel: 9, effort: 10 }).toBuffer();
  if (after.length < before.length) writeFileSync(file, after);
  return { before: before.length, after: Math.min(after.length, before.length) };
}
