// Renders media/icon.png (128×128, the Marketplace/extension-list icon) from media/icon.svg with sharp.
// Run `node scripts/icon.mjs` after changing the drawing; the PNG is committed.
import sharp from 'sharp';
import { fileURLToPath } from 'node:url';

const svg = fileURLToPath(new URL('../media/icon.svg', import.meta.url));
const out = fileURLToPath(new URL('../media/icon.png', import.meta.url));
const info = await sharp(svg, { density: 72 }).resize(128, 128).png({ compressionLevel: 9 }).toFile(out);
console.log(`media/icon.png: ${info.width}×${info.height}, ${info.size} bytes`);
