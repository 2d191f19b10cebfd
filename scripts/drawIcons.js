#!/usr/bin/env node
// Draws the Teams app icons (appPackage/color.png 192×192, appPackage/outline.png 32×32) from shapes, so they can be regenerated.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

/*
 * The symbol: a phone handset with an outgoing arrow (a dial-out call) and a coin with a
 * rising bar chart (what it costs); the 32 px outline keeps the handset, the arrow and the chart.
 * Shapes are signed distance functions on a 192-unit canvas, so both sizes come from one
 * drawing; each pixel averages 8×8 samples (anti-aliasing).
 */

const INDIGO_TOP = [0x52, 0x5a, 0xc8];
const INDIGO_BOTTOM = [0x3b, 0x41, 0xa3];
const WHITE = [0xff, 0xff, 0xff];
const GOLD = [0xf6, 0xbd, 0x2b];
const GOLD_RIM = [0xd9, 0x96, 0x0c];

// The symbol's centre and how much it is shrunk to sit in the icons' safe area (about 120 of 192).
const SYMBOL_CENTRE = [111.5, 105];
const SYMBOL_ZOOM = 0.85;

const length = (x, y) => Math.hypot(x, y);

function circle(cx, cy, r) {
  return (x, y) => length(x - cx, y - cy) - r;
}

/** A stroke of half-width `r` along the segment a–b (round caps). */
function capsule(ax, ay, bx, by, r) {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSquared));
    return length(x - ax - t * dx, y - ay - t * dy) - r;
  };
}

/** A stroke of half-width `r` along the circle arc around (cx, cy) from angle a0 to a1 (degrees, y down). */
function arc(cx, cy, radius, a0, a1, r) {
  const [from, to] = [(a0 * Math.PI) / 180, (a1 * Math.PI) / 180];
  const ends = [from, to].map((a) => [cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
  return (x, y) => {
    const angle = Math.atan2(y - cy, x - cx);
    const within = angle >= from && angle <= to;
    const distance = within
      ? Math.abs(length(x - cx, y - cy) - radius)
      : Math.min(...ends.map(([ex, ey]) => length(x - ex, y - ey)));
    return distance - r;
  };
}

/** A box with rounded corners, `hu` × `hv` half-extents, its u axis turned `angle` degrees (y down). */
function turnedBox(cx, cy, angle, hu, hv, r) {
  const [c, s] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
  return (x, y) => {
    const qu = Math.abs((x - cx) * c + (y - cy) * s) - (hu - r);
    const qv = Math.abs(-(x - cx) * s + (y - cy) * c) - (hv - r);
    return length(Math.max(qu, 0), Math.max(qv, 0)) + Math.min(Math.max(qu, qv), 0) - r;
  };
}

/** An axis-aligned box with rounded corners, from its corners. */
function box(x0, y0, x1, y1, r) {
  return turnedBox((x0 + x1) / 2, (y0 + y1) / 2, 0, (x1 - x0) / 2, (y1 - y0) / 2, r);
}

const union = (...shapes) => (x, y) => Math.min(...shapes.map((shape) => shape(x, y)));
const grow = (shape, by) => (x, y) => shape(x, y) - by;

// The handset: a curved handle with an ear cup and a mouth cup at its ends, the outer edge one
// smooth curve, the cups reaching in towards the (upper-right) centre of the curve.
const [HX, HY, HR] = [112, 66, 66];
function cup(angle) {
  const [ux, uy] = [Math.cos((angle * Math.PI) / 180), Math.sin((angle * Math.PI) / 180)];
  return turnedBox(HX + (HR - 14) * ux, HY + (HR - 14) * uy, angle, 14, 13, 7);
}
const handset = union(arc(HX, HY, HR - 8, 100, 170, 8), cup(100), cup(170));
// The outgoing arrow, pointing up and right, away from the handset.
const arrow = union(capsule(108, 84, 152, 40, 7), capsule(152, 40, 124, 40, 7), capsule(152, 40, 152, 68, 7));
// The coin with a rising bar chart.
const COIN = [146, 146, 31];
const coin = circle(...COIN);
const bars = union(box(129, 143, 139, 162, 2.5), box(141, 133, 151, 162, 2.5), box(153, 123, 163, 162, 2.5));

/** Layers from bottom to top, each a shape and its colour (RGB, or a function of the position). */
function colorLayers() {
  const gradient = (_x, y) => INDIGO_TOP.map((top, i) => top + ((INDIGO_BOTTOM[i] - top) * y) / 192);
  return [
    { shape: () => -1, color: gradient },
    { shape: handset, color: WHITE },
    { shape: arrow, color: WHITE },
    { shape: grow(coin, 7), color: gradient },
    { shape: coin, color: GOLD_RIM },
    { shape: grow(coin, -5), color: GOLD },
    { shape: bars, color: INDIGO_BOTTOM },
  ];
}

/** White on transparent; at 32 px a coin would be a blur, so the chart stands alone, its bars on whole pixels. */
function outlineLayers() {
  // Bar edges in pixels of the 32×32 icon, turned back into symbol units so they land on the pixel grid.
  const x = (px) => (px * 6 - 96) / SYMBOL_ZOOM + SYMBOL_CENTRE[0];
  const y = (py) => (py * 6 - 96) / SYMBOL_ZOOM + SYMBOL_CENTRE[1];
  const bar = (left, top) => box(x(left), y(top), x(left + 2), y(27), 1);
  const wideBars = union(bar(17, 24), bar(20, 22), bar(23, 20));
  return [
    { shape: handset, color: WHITE },
    { shape: arrow, color: WHITE },
    { shape: wideBars, color: WHITE },
  ];
}

/** Renders layers onto a size×size RGBA image (straight alpha); shapes are placed centred and zoomed. */
function render(size, layers, samples = 8) {
  const scale = 192 / size;
  const place = (x, y) => [(x - 96) / SYMBOL_ZOOM + SYMBOL_CENTRE[0], (y - 96) / SYMBOL_ZOOM + SYMBOL_CENTRE[1]];
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Premultiplied accumulation over the layers, with each layer's coverage of this pixel.
      let [r, g, b, a] = [0, 0, 0, 0];
      for (const layer of layers) {
        let covered = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            const x = (px + (sx + 0.5) / samples) * scale;
            const y = (py + (sy + 0.5) / samples) * scale;
            if (layer.shape(...place(x, y)) <= 0) covered++;
          }
        }
        const coverage = covered / (samples * samples);
        if (coverage === 0) continue;
        const color = typeof layer.color === 'function' ? layer.color((px + 0.5) * scale, (py + 0.5) * scale) : layer.color;
        r = color[0] * coverage + r * (1 - coverage);
        g = color[1] * coverage + g * (1 - coverage);
        b = color[2] * coverage + b * (1 - coverage);
        a = coverage + a * (1 - coverage);
      }
      const offset = (py * size + px) * 4;
      pixels[offset] = a > 0 ? Math.round(r / a) : 0;
      pixels[offset + 1] = a > 0 ? Math.round(g / a) : 0;
      pixels[offset + 2] = a > 0 ? Math.round(b / a) : 0;
      pixels[offset + 3] = Math.round(a * 255);
    }
  }
  return pixels;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const header = Buffer.alloc(4);
  header.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([header, body, crc]);
}

/** Encodes RGBA pixels as a PNG (8-bit RGBA, no filtering). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth, colour type RGBA, compression, filter, interlace
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** `node scripts/drawIcons.js [--out-dir <folder>]`; the default folder is appPackage/. */
function main() {
  const outDir = process.argv.indexOf('--out-dir');
  const folder = outDir >= 0 && process.argv[outDir + 1] ? path.resolve(process.argv[outDir + 1]) : path.resolve(__dirname, '..', 'appPackage');
  fs.mkdirSync(folder, { recursive: true });
  for (const [name, size, layers] of [
    ['color.png', 192, colorLayers()],
    ['outline.png', 32, outlineLayers()],
  ]) {
    const file = path.join(folder, name);
    fs.writeFileSync(file, encodePng(size, render(size, layers)));
    console.log(`wrote ${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

main();
