import zlib from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG (8-bit RGB) a browser renders: a simple logo, or with `noise` random pixels that
 * do not compress (to make a file of a given size).
 */
export function pngImage(width: number, height: number, options: { noise?: boolean } = {}): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      const i = 1 + x * 3;
      if (options.noise) {
        row[i] = Math.floor(Math.random() * 256);
        row[i + 1] = Math.floor(Math.random() * 256);
        row[i + 2] = Math.floor(Math.random() * 256);
      } else {
        // A blue mark on the left, two grey lines of "lettering" beside it.
        const mark = x < width * 0.3;
        const line1 = x > width * 0.38 && x < width * 0.95 && y > height * 0.3 && y < height * 0.45;
        const line2 =
          x > width * 0.38 && x < width * 0.75 && y > height * 0.58 && y < height * 0.68;
        const [r, g, b] = mark
          ? [0x1d, 0x4e, 0xd8]
          : line1
            ? [0x1f, 0x29, 0x33]
            : line2
              ? [0x9a, 0xa5, 0xb1]
              : [0xff, 0xff, 0xff];
        row[i] = r;
        row[i + 1] = g;
        row[i + 2] = b;
      }
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JPEG as far as its size is written: SOI, an APP0 segment, a baseline frame header. */
export function jpegHead(width: number, height: number): Buffer {
  const app0 = Buffer.from([
    0xff,
    0xe0,
    0x00,
    0x10,
    ...Buffer.from('JFIF\0', 'latin1'),
    1,
    1,
    0,
    0,
    1,
    0,
    1,
    0,
    0,
  ]);
  const sof = Buffer.from([
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    3,
  ]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof, Buffer.alloc(9)]);
}
