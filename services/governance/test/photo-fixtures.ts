import { deflateSync } from 'node:zlib';

/**
 * Small images built byte by byte, as cameras and phones write them, with the location
 * metadata this service must cut out. The pixel data is a stand-in: the service never decodes
 * it, and keeps it byte for byte.
 */

const u16 = (n: number) => Buffer.from([n >> 8, n & 255]);
const u32 = (n: number) => Buffer.from([(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255]);
const segment = (marker: number, payload: Buffer) => Buffer.concat([Buffer.from([0xff, marker]), u16(payload.length + 2), payload]);

/** Guomao, as a phone's GPS would record it. */
export const GPS = { lat: 39.9075, lng: 116.4551 };

/** An EXIF block (big-endian TIFF) whose IFD0 points to a GPS IFD with latitude and longitude. */
export function exifWithGps(): Buffer {
  const dms = (deg: number) => {
    const d = Math.floor(deg);
    const m = Math.floor((deg - d) * 60);
    const s = Math.round(((deg - d) * 60 - m) * 60 * 100);
    return Buffer.concat([u32(d), u32(1), u32(m), u32(1), u32(s), u32(100)]);
  };
  // TIFF header (8) | IFD0: count, 1 entry, next (2 + 12 + 4 = 18) at 8 | GPS IFD at 26: count, 4 entries, next (2 + 48 + 4 = 54) | values at 80.
  const entry = (tag: number, type: number, count: number, value: Buffer) => Buffer.concat([u16(tag), u16(type), u32(count), value]);
  const ascii = (s: string) => Buffer.concat([Buffer.from(s, 'ascii'), Buffer.alloc(4 - s.length)]);
  const ifd0 = Buffer.concat([u16(1), entry(0x8825, 4, 1, u32(26)), u32(0)]);
  const gps = Buffer.concat([
    u16(4),
    entry(1, 2, 2, ascii('N\0')),
    entry(2, 5, 3, u32(80)),
    entry(3, 2, 2, ascii('E\0')),
    entry(4, 5, 3, u32(104)),
    u32(0),
  ]);
  const tiff = Buffer.concat([Buffer.from('MM\0*', 'binary'), u32(8), ifd0, gps, dms(GPS.lat), dms(GPS.lng)]);
  return Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiff]);
}

/** The latitude and longitude in a JPEG's EXIF, or null when it has none. */
export function gpsOfJpeg(jpeg: Buffer): { lat: number; lng: number } | null {
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff && jpeg[i + 1] !== 0xda) {
    const length = jpeg.readUInt16BE(i + 2);
    const payload = jpeg.subarray(i + 4, i + 2 + length);
    if (jpeg[i + 1] === 0xe1 && payload.subarray(0, 6).toString('binary') === 'Exif\0\0') return gpsOfTiff(payload.subarray(6));
    i += 2 + length;
  }
  return null;
}

function gpsOfTiff(t: Buffer): { lat: number; lng: number } | null {
  const ifd0 = t.readUInt32BE(4);
  const entries = t.readUInt16BE(ifd0);
  let gpsAt = -1;
  for (let k = 0; k < entries; k++) if (t.readUInt16BE(ifd0 + 2 + k * 12) === 0x8825) gpsAt = t.readUInt32BE(ifd0 + 2 + k * 12 + 8);
  if (gpsAt < 0) return null;
  const rational = (at: number) => t.readUInt32BE(at) / t.readUInt32BE(at + 4);
  const dms = (at: number) => rational(at) + rational(at + 8) / 60 + rational(at + 16) / 3600;
  let lat = NaN;
  let lng = NaN;
  for (let k = 0; k < t.readUInt16BE(gpsAt); k++) {
    const e = gpsAt + 2 + k * 12;
    if (t.readUInt16BE(e) === 2) lat = dms(t.readUInt32BE(e + 8));
    if (t.readUInt16BE(e) === 4) lng = dms(t.readUInt32BE(e + 8));
  }
  return { lat, lng };
}

/** The segments of a JPEG, by marker, up to its first scan. */
export function jpegMarkers(jpeg: Buffer): number[] {
  const out: number[] = [];
  let i = 2;
  while (i + 4 <= jpeg.length && jpeg[i] === 0xff) {
    out.push(jpeg[i + 1]!);
    if (jpeg[i + 1] === 0xda) break;
    i += 2 + jpeg.readUInt16BE(i + 2);
  }
  return out;
}

/** The parts of a JPEG a decoder needs: quantisation, frame, Huffman tables, two scans with stuffed bytes and restarts. */
export const JPEG_CORE = {
  dqt: segment(0xdb, Buffer.concat([Buffer.from([0]), Buffer.alloc(64, 1)])),
  sof: segment(0xc2, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0])),
  dht: segment(0xc4, Buffer.concat([Buffer.from([0]), Buffer.from([0, 1, ...Array(14).fill(0)]), Buffer.from([0])])),
  scan1: Buffer.concat([segment(0xda, Buffer.from([1, 1, 0, 0, 63, 0])), Buffer.from([0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56])]),
  scan2: Buffer.concat([segment(0xda, Buffer.from([1, 1, 0, 1, 63, 0])), Buffer.from([0x78, 0xff, 0x00, 0x9a])]),
};

export function jpeg(opts: { gps?: boolean; xmp?: boolean; comment?: boolean; icc?: boolean } = {}): Buffer {
  const c = JPEG_CORE;
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'binary')),
    ...(opts.gps ? [segment(0xe1, exifWithGps())] : []),
    ...(opts.xmp ? [segment(0xe1, Buffer.from(`http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><exif:GPSLatitude>39,54.45N</exif:GPSLatitude></x:xmpmeta>`, 'utf8'))] : []),
    ...(opts.icc ? [segment(0xe2, Buffer.concat([Buffer.from('ICC_PROFILE\0\x01\x01', 'binary'), Buffer.alloc(16, 7)]))] : []),
    ...(opts.comment ? [segment(0xfe, Buffer.from('拍摄于国贸桥下', 'utf8'))] : []),
    c.dqt,
    c.sof,
    c.dht,
    c.scan1,
    // A progressive JPEG may carry tables and even comments between its scans.
    ...(opts.comment ? [segment(0xfe, Buffer.from('second scan', 'utf8'))] : []),
    c.dht,
    c.scan2,
    Buffer.from([0xff, 0xd9]),
  ]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 255]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
export const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
};

/** A 1×1 PNG, with EXIF (its GPS included) and text chunks when asked. */
export function png(opts: { metadata?: boolean } = {}): Buffer {
  const ihdr = pngChunk('IHDR', Buffer.concat([u32(1), u32(1), Buffer.from([8, 2, 0, 0, 0])]));
  const idat = pngChunk('IDAT', deflateSync(Buffer.from([0, 0x20, 0x60, 0xc0])));
  const meta = opts.metadata
    ? [
        pngChunk('eXIf', exifWithGps().subarray(6)),
        pngChunk('tEXt', Buffer.from('Comment\0GPS 39.9075,116.4551', 'latin1')),
        pngChunk('iTXt', Buffer.from('XML:com.adobe.xmp\0\0\0\0\0<exif:GPSLatitude>39,54.45N</exif:GPSLatitude>', 'utf8')),
        pngChunk('tIME', Buffer.from([0x07, 0xea, 12, 1, 8, 0, 0])),
      ]
    : [];
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), ihdr, pngChunk('sRGB', Buffer.from([0])), ...meta, idat, pngChunk('IEND', Buffer.alloc(0))]);
}

/** The chunk types of a PNG, in order. */
export function pngChunks(b: Buffer): string[] {
  const out: string[] = [];
  for (let i = 8; i < b.length; ) {
    const length = b.readUInt32BE(i);
    out.push(b.subarray(i + 4, i + 8).toString('ascii'));
    i += 12 + length;
  }
  return out;
}

const le32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
const riffChunk = (fourcc: string, data: Buffer) => Buffer.concat([Buffer.from(fourcc, 'ascii'), le32(data.length), data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);

/** An extended WebP (VP8X) with EXIF and XMP chunks and their flags set. */
export function webp(opts: { metadata?: boolean } = {}): Buffer {
  const flags = opts.metadata ? 0x08 | 0x04 : 0;
  const vp8x = riffChunk('VP8X', Buffer.concat([Buffer.from([flags, 0, 0, 0]), Buffer.from([0, 0, 0, 0, 0, 0])]));
  const image = riffChunk('VP8L', Buffer.from([0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0]));
  const meta = opts.metadata ? [riffChunk('EXIF', exifWithGps().subarray(6)), riffChunk('XMP ', Buffer.from('<exif:GPSLatitude>39,54.45N</exif:GPSLatitude>', 'utf8'))] : [];
  const body = Buffer.concat([Buffer.from('WEBP', 'ascii'), vp8x, image, ...meta]);
  return Buffer.concat([Buffer.from('RIFF', 'ascii'), le32(body.length), body]);
}

/** The chunk types of a WebP, in order, and its VP8X flags. */
export function webpChunks(b: Buffer): { chunks: string[]; flags: number; riffSizeOk: boolean } {
  const chunks: string[] = [];
  let flags = 0;
  for (let i = 12; i < b.length; ) {
    const fourcc = b.subarray(i, i + 4).toString('ascii');
    const size = b.readUInt32LE(i + 4);
    if (fourcc === 'VP8X') flags = b[i + 8]!;
    chunks.push(fourcc);
    i += 8 + size + (size % 2);
  }
  return { chunks, flags, riffSizeOk: b.readUInt32LE(4) === b.length - 8 };
}
