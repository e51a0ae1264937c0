import { badUserInput } from '@nef/kit/rules';

/**
 * Report photos as uploaded: JPEG, PNG or WebP, told apart by their first bytes (never by what
 * the client says), at most MAX_PHOTO_BYTES, and stored only after everything that can say where
 * or when the photo was taken is cut out: EXIF (with its GPS block), XMP, IPTC and comments.
 * Pixels are never decoded or re-encoded: a photo loses its metadata, nothing else.
 */

/**
 * 700,000 bytes: as base64 (933,336 characters) inside a GraphQL request, the upload stays
 * under the 1,000,000-byte body limit of the gateway and the service. A phone photo scaled to
 * 1600 px at JPEG quality 80 is about 300 kB.
 */
export const MAX_PHOTO_BYTES = 700_000;
/** Photos a report may carry, linked and uploaded together. */
export const MAX_PHOTOS_PER_REPORT = 9;

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

export const EXTENSION: Record<PhotoType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

const FIELD = 'contentBase64';
const malformed = (what: string) => badUserInput(`${FIELD} is not a well-formed ${what}`, { field: FIELD });

/** The type the content's magic bytes name, or null. */
export function sniffPhotoType(b: Uint8Array): PhotoType | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((x, i) => b[i] === x)) return 'image/png';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  return null;
}

/** Decodes strict base64 (no data: prefix, no line breaks), refusing anything else. */
export function decodePhotoBase64(text: string): Buffer {
  if (text.length === 0) throw badUserInput(`${FIELD} must not be empty`, { field: FIELD });
  const maxChars = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;
  if (text.length > maxChars) throw badUserInput(`${FIELD} is over ${MAX_PHOTO_BYTES} bytes; scale the photo down`, { field: FIELD });
  if (text.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(text)) {
    throw badUserInput(`${FIELD} must be base64 (A-Z, a-z, 0-9, +, /, padded with =)`, { field: FIELD });
  }
  return Buffer.from(text, 'base64');
}

/** A photo checked and stripped of its metadata, ready to store. */
export function cleanPhoto(bytes: Uint8Array): { type: PhotoType; bytes: Buffer } {
  if (bytes.length > MAX_PHOTO_BYTES) throw badUserInput(`${FIELD} is over ${MAX_PHOTO_BYTES} bytes; scale the photo down`, { field: FIELD });
  const type = sniffPhotoType(bytes);
  if (!type) throw badUserInput(`${FIELD} is not a JPEG, PNG or WebP image`, { field: FIELD });
  const clean = type === 'image/jpeg' ? stripJpeg(bytes) : type === 'image/png' ? stripPng(bytes) : stripWebp(bytes);
  return { type, bytes: clean };
}

function ascii(b: Uint8Array, at: number, n: number): string {
  return String.fromCharCode(...b.subarray(at, at + n));
}

/**
 * JPEG: keeps every segment the picture needs (tables, frame, scans, restart markers and the
 * entropy-coded data between them), JFIF (APP0), the colour profile (APP2 ICC_PROFILE) and
 * Adobe's colour transform (APP14); drops EXIF and XMP (APP1), IPTC (APP13), every other
 * application segment and comments (COM).
 */
export function stripJpeg(b: Uint8Array): Buffer {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  for (;;) {
    if (i + 1 >= b.length) throw malformed('JPEG (it ends before its end marker)');
    if (b[i] !== 0xff) throw malformed('JPEG (a segment does not start with a marker)');
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) {
      out.push(b.subarray(i, i + 2));
      return Buffer.concat(out);
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      out.push(b.subarray(i, i + 2));
      i += 2;
      continue;
    }
    if (i + 3 >= b.length) throw malformed('JPEG (a segment is cut short)');
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    const end = i + 2 + length;
    if (length < 2 || end > b.length) throw malformed('JPEG (a segment is longer than the file)');
    if (keepJpegSegment(marker, b.subarray(i + 4, end))) out.push(b.subarray(i, end));
    i = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither a stuffed 0xFF00 nor a restart.
      const start = i;
      while (i + 1 < b.length && !(b[i] === 0xff && b[i + 1] !== 0x00 && !(b[i + 1]! >= 0xd0 && b[i + 1]! <= 0xd7))) i++;
      out.push(b.subarray(start, i));
    }
  }
}

function keepJpegSegment(marker: number, payload: Uint8Array): boolean {
  if (marker === 0xfe) return false; // COM
  if (marker < 0xe0 || marker > 0xef) return true; // not an application segment
  if (marker === 0xe0) return ascii(payload, 0, 5) === 'JFIF\0' || ascii(payload, 0, 5) === 'JFXX\0';
  if (marker === 0xe2) return ascii(payload, 0, 12) === 'ICC_PROFILE\0';
  if (marker === 0xee) return ascii(payload, 0, 5) === 'Adobe';
  return false;
}

/** PNG chunks that shape how the picture looks; every other chunk (text, EXIF, time, private ones) is dropped. */
const PNG_KEPT = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND', 'tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'hIST', 'pHYs', 'sPLT', 'acTL', 'fcTL', 'fdAT']);

/** PNG: keeps the signature and the chunks in PNG_KEPT, byte for byte (their CRCs stay valid). */
export function stripPng(b: Uint8Array): Buffer {
  const out: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  let ended = false;
  while (!ended) {
    if (i + 8 > b.length) throw malformed('PNG (it ends before IEND)');
    const length = ((b[i]! << 24) >>> 0) + (b[i + 1]! << 16) + (b[i + 2]! << 8) + b[i + 3]!;
    const type = ascii(b, i + 4, 4);
    const end = i + 12 + length;
    if (end > b.length || !/^[A-Za-z]{4}$/.test(type)) throw malformed('PNG (a chunk is cut short)');
    if (i === 8 && type !== 'IHDR') throw malformed('PNG (it does not start with IHDR)');
    if (PNG_KEPT.has(type)) out.push(b.subarray(i, end));
    ended = type === 'IEND';
    i = end;
  }
  return Buffer.concat(out);
}

/** WebP: drops the EXIF and XMP chunks, clears their flags in VP8X, and rewrites the RIFF size. */
export function stripWebp(b: Uint8Array): Buffer {
  const riffSize = readLe32(b, 4);
  if (riffSize + 8 > b.length || riffSize < 4) throw malformed('WebP (its RIFF size is wrong)');
  const chunks: Buffer[] = [];
  let i = 12;
  const end = 8 + riffSize;
  while (i < end) {
    if (i + 8 > end) throw malformed('WebP (a chunk is cut short)');
    const fourcc = ascii(b, i, 4);
    const size = readLe32(b, i + 4);
    const next = i + 8 + size + (size % 2);
    if (i + 8 + size > end) throw malformed('WebP (a chunk is longer than the file)');
    if (fourcc !== 'EXIF' && fourcc !== 'XMP ') {
      const chunk = Buffer.from(b.subarray(i, Math.min(next, end)));
      // VP8X flags: bit 3 EXIF, bit 2 XMP.
      if (fourcc === 'VP8X' && size >= 1) chunk[8] = chunk[8]! & ~0x0c;
      chunks.push(chunk);
    }
    i = next;
  }
  if (chunks.length === 0) throw malformed('WebP (it holds no image)');
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(body.length + 4, 4);
  head.write('WEBP', 8, 'ascii');
  return Buffer.concat([head, body]);
}

function readLe32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** Where the API serves a photo, relative to its origin (the gateway passes /report-photo through). */
export const PHOTO_PATH = '/report-photo';
export const photoPath = (id: string) => `${PHOTO_PATH}?id=${id}`;
/** The absolute URL of a photo under the deployment's public base URL, or null without one. */
export const photoUrl = (publicUrl: string | null, id: string) => (publicUrl ? `${publicUrl}${photoPath(id)}` : null);
