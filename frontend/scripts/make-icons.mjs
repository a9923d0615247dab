// Writes the PWA's PNG icons (a white house on the programme's green) without any image tool:
// run `node frontend/scripts/make-icons.mjs` after changing the drawing; the PNGs are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x1f, 0x6f, 0x43];
const WHITE = [0xff, 0xff, 0xff];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
  return out;
}

/** Inside the house: a roof (triangle) over walls, with a door cut out; `inset` leaves room for masks. */
function isHouse(x, y, inset) {
  const u = (x - inset) / (1 - 2 * inset);
  const v = (y - inset) / (1 - 2 * inset);
  const roof = v >= 0.18 && v <= 0.5 && Math.abs(u - 0.5) <= (v - 0.18) * 1.25;
  const walls = v > 0.5 && v <= 0.82 && u >= 0.22 && u <= 0.78;
  const door = v > 0.62 && u >= 0.44 && u <= 0.56;
  return (roof || walls) && !door;
}

function png(size, inset) {
  const raw = Buffer.alloc(size * (size * 3 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 3 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const colour = isHouse((x + 0.5) / size, (y + 0.5) / size, inset) ? WHITE : GREEN;
      raw.set(colour, y * (size * 3 + 1) + 1 + x * 3);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const dir = new URL('../public/icons/', import.meta.url);
writeFileSync(new URL('icon-192.png', dir), png(192, 0.05));
writeFileSync(new URL('icon-512.png', dir), png(512, 0.05));
writeFileSync(new URL('icon-512-maskable.png', dir), png(512, 0.15));
