#!/usr/bin/env node
/*
 * Draws the H4A icons into assets/: a white house on a teal rounded square, with three gold bars
 * rising inside it (payments that grow with results). Pure Node: shapes are sampled 8×8 times per
 * pixel (anti-aliased edges) and written as RGBA PNGs with a small encoder (zlib + CRC-32).
 *
 * The artwork is drawn on a 16-unit grid, so every straight edge falls on a pixel boundary at
 * 16, 32, 64, 80 and 128 px; only the roof's slopes and the rounded corners are anti-aliased.
 *
 *   node scripts/make-icons.js          writes assets/icon-{16,32,64,80,128}.png
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const SAMPLES = 8; // per axis

const COLORS = {
  tealTop: [18, 138, 124],
  tealBottom: [8, 94, 87],
  house: [255, 255, 255],
  gold: [245, 166, 35],
};

// ---- geometry, in grid units (0..16) -------------------------------------------------------

function insideRoundedSquare(x, y, size, radius) {
  if (x < 0 || y < 0 || x > size || y > size) return false;
  const cx = Math.min(Math.max(x, radius), size - radius);
  const cy = Math.min(Math.max(y, radius), size - radius);
  const dx = x - cx;
  const dy = y - cy;
  return dx * dx + dy * dy <= radius * radius;
}

/** Roof: a triangle from the apex (8, 1.5) to the eaves (1.5, 8) and (14.5, 8), slopes of 45°. */
function insideRoof(x, y) {
  if (y < 1.5 || y > 8) return false;
  return Math.abs(x - 8) <= y - 1.5;
}

/** The walls: x 3..13, y 8..14. */
function insideWalls(x, y) {
  return x >= 3 && x <= 13 && y >= 8 && y <= 14;
}

/** Three rising bars standing on y = 13: x 4..6 (2 high), 7..9 (4 high), 10..12 (6 high). */
const BARS = [
  { x0: 4, x1: 6, top: 11 },
  { x0: 7, x1: 9, top: 9 },
  { x0: 10, x1: 12, top: 7 },
];
function insideBar(x, y) {
  return BARS.some((bar) => x >= bar.x0 && x <= bar.x1 && y >= bar.top && y <= 13);
}

/** The colour (RGBA, straight alpha 0..1) of one sample point, painted back to front. */
function sample(x, y) {
  if (!insideRoundedSquare(x, y, 16, 3)) return null;
  if (insideBar(x, y)) return COLORS.gold;
  if (insideRoof(x, y) || insideWalls(x, y)) return COLORS.house;
  const t = y / 16;
  return COLORS.tealTop.map((top, i) => top + (COLORS.tealBottom[i] - top) * t);
}

// ---- rasterising ---------------------------------------------------------------------------

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const scale = 16 / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) * scale;
          const y = (py + (sy + 0.5) / SAMPLES) * scale;
          const color = sample(x, y);
          if (color) {
            r += color[0];
            g += color[1];
            b += color[2];
            covered++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

// ---- PNG encoding --------------------------------------------------------------------------

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  header[10] = 0; // compression
  header[11] = 0; // filter method
  header[12] = 0; // no interlace
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
