// Draws media/icon.png (128×128, the Marketplace/extension-list icon) with no image tools: shapes are
// tested per pixel with 4×4 supersampling for smooth edges, and the PNG is encoded with node:zlib.
// Run `node scripts/icon.mjs` after changing the drawing; the PNG is committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4;

const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
  const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
/** Convex polygon, points clockwise on screen. */
const polygon = (points) => (x, y) => points.every(([ax, ay], i) => {
  const [bx, by] = points[(i + 1) % points.length];
  return (bx - ax) * (y - ay) - (by - ay) * (x - ax) >= 0;
});

const white = [255, 255, 255];
// Back to front: Zoom-blue tile, a video camera, and three tree rows (a directory) under it.
const layers = [
  { color: [11, 92, 255], alpha: 1, inside: roundRect(0, 0, 128, 128, 26) },
  { color: white, alpha: 1, inside: roundRect(20, 22, 80, 66, 11) },
  { color: white, alpha: 1, inside: polygon([[84, 38], [108, 25], [108, 63], [84, 50]]) },
  ...[[24, 84, 104], [40, 98, 104], [40, 112, 92]].flatMap(([x, y, end]) => [
    { color: white, alpha: 0.95, inside: circle(x + 4, y, 4.5) },
    { color: white, alpha: 0.8, inside: roundRect(x + 13, y - 3.5, end, y + 3.5, 3.5) },
  ]),
];

function pixel(px, py) {
  let [r, g, b, a] = [0, 0, 0, 0];
  for (const layer of layers) {
    let hits = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) if (layer.inside(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES)) hits++;
    }
    const cover = (hits / SAMPLES ** 2) * layer.alpha;
    if (!cover) continue;
    // "Over" compositing in straight alpha.
    const outA = cover + a * (1 - cover);
    [r, g, b] = [0, 1, 2].map((i) => (layer.color[i] * cover + [r, g, b][i] * a * (1 - cover)) / outA);
    a = outA;
  }
  return [r, g, b, a * 255].map((v) => Math.round(v));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function encodePng(width, height, rgbaAt) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < width; x++) raw.set(rgbaAt(x, y), y * (width * 4 + 1) + 1 + x * 4);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const out = fileURLToPath(new URL('../media/icon.png', import.meta.url));
const png = encodePng(SIZE, SIZE, pixel);
writeFileSync(out, png);
console.log(`media/icon.png: ${SIZE}×${SIZE}, ${png.length} bytes`);
