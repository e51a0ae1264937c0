import { errorCodesOf } from '@nef/kit/testing';
import { cleanPhoto, decodePhotoBase64, MAX_PHOTO_BYTES, sniffPhotoType, stripJpeg } from '../../src/rules/photo';
import { GPS, gpsOfJpeg, jpeg, JPEG_CORE, jpegMarkers, png, pngChunks, webp, webpChunks } from '../photo-fixtures';

describe('photos are told apart by their content', () => {
  it('knows JPEG, PNG and WebP by their first bytes, and nothing else', () => {
    expect(sniffPhotoType(jpeg())).toBe('image/jpeg');
    expect(sniffPhotoType(png())).toBe('image/png');
    expect(sniffPhotoType(webp())).toBe('image/webp');
    expect(sniffPhotoType(Buffer.from('GIF89a\x01\x00\x01\x00', 'binary'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPhotoType(Buffer.from('%PDF-1.7'))).toBeNull();
  });

  it('refuses other content, malformed images and photos over the cap, as BAD_USER_INPUT on contentBase64', () => {
    const refused = (b: Buffer) => errorCodesOf(() => cleanPhoto(b));
    expect(refused(Buffer.from('GIF89a'))).toEqual(['BAD_USER_INPUT']);
    expect(refused(jpeg().subarray(0, 40))).toEqual(['BAD_USER_INPUT']);
    expect(refused(png().subarray(0, 30))).toEqual(['BAD_USER_INPUT']);
    const w = webp();
    expect(refused(Buffer.concat([w.subarray(0, 4), Buffer.from([0xff, 0xff, 0, 0]), w.subarray(8)]))).toEqual(['BAD_USER_INPUT']);
    const big = Buffer.concat([jpeg(), Buffer.alloc(MAX_PHOTO_BYTES)]);
    expect(refused(big)).toEqual(['BAD_USER_INPUT']);
  });

  it('takes strict base64 only, and refuses a text longer than the cap before decoding it', () => {
    expect(decodePhotoBase64(jpeg().toString('base64'))).toEqual(jpeg());
    for (const bad of ['', 'data:image/jpeg;base64,/9j/', '/9j/\n4AAQ', 'abc', '@@@@']) {
      expect(errorCodesOf(() => decodePhotoBase64(bad))).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodesOf(() => decodePhotoBase64('A'.repeat(Math.ceil(MAX_PHOTO_BYTES / 3) * 4 + 4)))).toEqual(['BAD_USER_INPUT']);
  });
});

describe('location metadata is cut out', () => {
  it('JPEG: the EXIF GPS position is gone, XMP and comments too, and everything the picture needs is kept byte for byte', () => {
    const original = jpeg({ gps: true, xmp: true, comment: true, icc: true });
    expect(gpsOfJpeg(original)).toEqual({ lat: expect.closeTo(GPS.lat, 4), lng: expect.closeTo(GPS.lng, 4) });
    const { type, bytes } = cleanPhoto(original);
    expect(type).toBe('image/jpeg');
    expect(gpsOfJpeg(bytes)).toBeNull();
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    expect(bytes.includes(Buffer.from('GPSLatitude'))).toBe(false);
    expect(bytes.includes(Buffer.from('国贸', 'utf8'))).toBe(false);
    expect(bytes.includes(Buffer.from('second scan'))).toBe(false);
    // JFIF, ICC profile, tables, frame and scans stay, in order.
    expect(jpegMarkers(bytes)).toEqual([0xe0, 0xe2, 0xdb, 0xc2, 0xc4, 0xda]);
    for (const part of [JPEG_CORE.dqt, JPEG_CORE.sof, JPEG_CORE.scan1, JPEG_CORE.scan2]) expect(bytes.includes(part)).toBe(true);
    // Without metadata, nothing changes.
    expect(stripJpeg(jpeg({ icc: true }))).toEqual(jpeg({ icc: true }));
    expect(bytes).toEqual(jpeg({ icc: true }));
  });

  it('PNG: EXIF, text and time chunks are gone; the picture’s chunks are kept with their checksums', () => {
    const original = png({ metadata: true });
    expect(pngChunks(original)).toEqual(['IHDR', 'sRGB', 'eXIf', 'tEXt', 'iTXt', 'tIME', 'IDAT', 'IEND']);
    const { type, bytes } = cleanPhoto(original);
    expect(type).toBe('image/png');
    expect(pngChunks(bytes)).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    expect(bytes).toEqual(png());
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
  });

  it('WebP: EXIF and XMP chunks are gone, their VP8X flags cleared and the RIFF size rewritten', () => {
    const original = webp({ metadata: true });
    expect(webpChunks(original)).toEqual({ chunks: ['VP8X', 'VP8L', 'EXIF', 'XMP '], flags: 0x0c, riffSizeOk: true });
    const { type, bytes } = cleanPhoto(original);
    expect(type).toBe('image/webp');
    expect(webpChunks(bytes)).toEqual({ chunks: ['VP8X', 'VP8L'], flags: 0, riffSizeOk: true });
    expect(bytes).toEqual(webp());
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);
  });
});
