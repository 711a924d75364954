// Draws the add-in's icons: assets/icon-{16,32,64,80,128,192}.png, a blue rounded square with a white
// circular "sign in again" arrow around a key hole, and assets/outline-32.png, the same sign in white
// on transparent (the unified manifest's outline icon). Pure Node (zlib), 4x4 supersampled.
import { crc32, deflateSync } from "node:zlib"; // crc32: Node 20.15 / 22.2 and later
import { writeFileSync } from "node:fs";

const SIZES = [16, 32, 64, 80, 128, 192];
const OUTLINE_SIZE = 32;
const BLUE = [11, 92, 171];
const WHITE = [255, 255, 255];

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  ihdr[10] = 0;
  ihdr[11] = 0;
  ihdr[12] = 0;
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

// Shapes in unit coordinates (0..1). Returns [inBackground, inWhite].
function sample(x, y) {
  const r = 0.18,
    m = 0.02; // rounded square
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - m - r), 0),
    qy = Math.max(Math.abs(y - 0.5) - (0.5 - m - r), 0);
  const bg = Math.hypot(qx, qy) <= r;
  const dx = x - 0.5,
    dy = y - 0.5,
    d = Math.hypot(dx, dy);
  const ang = Math.atan2(dy, dx); // -pi..pi, 0 = right
  const ring = d >= 0.23 && d <= 0.32 && !(ang > -Math.PI / 2 && ang < -Math.PI / 6); // gap top-right
  // arrowhead at the end of the ring (top, pointing right)
  const ax = x - 0.5,
    ay = y - (0.5 - 0.275);
  const head = ax >= -0.02 && ax <= 0.14 && Math.abs(ay) <= 0.13 - (ax + 0.02) * 0.8;
  // key hole: circle + stem
  const hole = Math.hypot(dx, dy + 0.04) <= 0.075 || (Math.abs(dx) <= 0.035 && dy >= -0.04 && dy <= 0.12);
  return [bg, bg && (ring || head || hole)];
}

/** RGBA pixels: the color icon, or (outline) only the white sign, on transparent. */
function draw(size, outline) {
  const ss = 4,
    buf = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let a = 0,
        w = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const [bg, white] = sample((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (bg) a++;
          if (white) w++;
        }
      const o = (py * size + px) * 4;
      if (outline) {
        buf.fill(255, o, o + 3);
        buf[o + 3] = Math.round((w / (ss * ss)) * 255);
        continue;
      }
      const t = w / Math.max(a, 1);
      for (let c = 0; c < 3; c++) buf[o + c] = Math.round(BLUE[c] * (1 - t) + WHITE[c] * t);
      buf[o + 3] = Math.round((a / (ss * ss)) * 255);
    }
  return buf;
}

for (const size of SIZES) writeFileSync(new URL(`../assets/icon-${size}.png`, import.meta.url), png(size, draw(size, false)));
writeFileSync(new URL(`../assets/outline-${OUTLINE_SIZE}.png`, import.meta.url), png(OUTLINE_SIZE, draw(OUTLINE_SIZE, true)));
console.log(`drew ${SIZES.length} color icons and 1 outline icon`);
