#!/usr/bin/env node
// Draws images/icon.png (128×128): a 工作要点 page with a red 红头 header and numbered
// lines on a navy tile. No dependencies: shapes are rasterised with 4× supersampling
// and written as a PNG with zlib.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const SIZE = 128;
const SS = 4; // supersampling factor
const W = SIZE * SS;

const NAVY = [31, 58, 95, 255];
const PAPER = [250, 248, 242, 255];
const FOLD = [214, 208, 196, 255];
const RED = [200, 30, 30, 255];
const INK = [70, 78, 92, 255];

// Each shape: (x, y) in icon pixels → inside?
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => roundRect(x0, y0, x1, y1, 0);
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const FOLD_SIZE = 18;
const PX0 = 26, PY0 = 14, PX1 = 102, PY1 = 114;
// The page minus its folded top-right corner, and the folded flap.
const inCorner = (x, y) => x >= PX1 - FOLD_SIZE && y <= PY0 + FOLD_SIZE;
const aboveDiagonal = (x, y) => x - (PX1 - FOLD_SIZE) > y - PY0;
const page = (x, y) => roundRect(PX0, PY0, PX1, PY1, 4)(x, y) && !(inCorner(x, y) && aboveDiagonal(x, y));
const fold = (x, y) => inCorner(x, y) && !aboveDiagonal(x, y) && x <= PX1 && y >= PY0;

// Painter's order: later shapes cover earlier ones.
const shapes = [
  [roundRect(2, 2, 126, 126, 22), NAVY],
  [(x, y) => page(x + 2, y - 3) && !page(x, y), [12, 28, 52, 160]], // soft shadow
  [page, PAPER],
  [fold, FOLD],
  // 红头: the issuer line and the red rule under it
  [roundRect(38, 26, 84, 36, 2), RED],
  [rect(36, 43, 92, 45.5), RED],
  // numbered lines: a red marker and a line of text
  ...[56, 70, 84, 98].flatMap((y, i) => [
    [circle(41, y, 3.6), RED],
    [roundRect(49, y - 2.6, [90, 84, 90, 72][i], y + 2.6, 2.6), INK],
  ]),
];

const acc = new Float64Array(SIZE * SIZE * 4);
for (let sy = 0; sy < W; sy++) {
  for (let sx = 0; sx < W; sx++) {
    const x = (sx + 0.5) / SS;
    const y = (sy + 0.5) / SS;
    let c = [0, 0, 0, 0];
    for (const [inside, col] of shapes) {
      if (!inside(x, y)) continue;
      const a = col[3] / 255;
      // "over" compositing in straight alpha
      const outA = a + (c[3] / 255) * (1 - a);
      const mix = (k) => (outA === 0 ? 0 : (col[k] * a + c[k] * (c[3] / 255) * (1 - a)) / outA);
      c = [mix(0), mix(1), mix(2), outA * 255];
    }
    const o = (Math.floor(sy / SS) * SIZE + Math.floor(sx / SS)) * 4;
    // accumulate premultiplied colour for correct downsampling
    acc[o] += c[0] * c[3] / 255;
    acc[o + 1] += c[1] * c[3] / 255;
    acc[o + 2] += c[2] * c[3] / 255;
    acc[o + 3] += c[3];
  }
}

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const o = (y * SIZE + x) * 4;
    const n = SS * SS;
    const a = acc[o + 3] / n;
    const p = y * (SIZE * 4 + 1) + 1 + x * 4;
    for (let k = 0; k < 3; k++) raw[p + k] = a === 0 ? 0 : Math.round(Math.min(255, (acc[o + k] / n) * 255 / a));
    raw[p + 3] = Math.round(a);
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
const ihdr = Buffer.alloc(13);
ihdr.writeUInt32BE(SIZE, 0);
ihdr.writeUInt32BE(SIZE, 4);
ihdr[8] = 8; // bit depth
ihdr[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', ihdr),
  chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const out = path.join(__dirname, '..', 'images', 'icon.png');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(process.cwd(), out)} (${png.length} bytes)`);
