/** Largest logo accepted: it travels inside every email the office sends. */
export const LOGO_MAX_BYTES = 200 * 1024;
/** Longest side accepted, in pixels: enough for a sharp logo on any screen. */
export const LOGO_MAX_SIDE = 4000;

/** A PNG or JPEG image as its bytes say it is. */
export interface LogoImage {
  contentType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The type and size of a PNG or JPEG from its bytes (magic bytes, then the PNG header chunk or the
 * JPEG frame header); null for anything else, SVG included (it can carry script), and for images
 * whose header is cut off or claims no pixels.
 */
export function readLogoImage(bytes: Buffer): LogoImage | null {
  const image = readPng(bytes) ?? readJpeg(bytes);
  if (!image || image.width < 1 || image.height < 1) return null;
  return image;
}

function readPng(bytes: Buffer): LogoImage | null {
  if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return {
    contentType: 'image/png',
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

/** Start-of-frame markers (baseline, progressive, …), not DHT (C4), JPG (C8) or DAC (CC). */
const isFrameMarker = (marker: number) =>
  marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;

function readJpeg(bytes: Buffer): LogoImage | null {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] ?? 0;
    // Fill bytes and markers without a length.
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      offset += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end or scan before any frame header
    const length = bytes.readUInt16BE(offset + 2);
    if (length < 2) return null;
    if (isFrameMarker(marker)) {
      if (offset + 9 > bytes.length) return null;
      return {
        contentType: 'image/jpeg',
        height: bytes.readUInt16BE(offset + 5),
        width: bytes.readUInt16BE(offset + 7),
      };
    }
    offset += 2 + length;
  }
  return null;
}
