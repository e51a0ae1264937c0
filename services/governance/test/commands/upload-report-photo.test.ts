import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newId } from '@nef/kit';
import { dataOf, errorCodes, startTestSubgraph, type TestSubgraph } from '@nef/kit/testing';
import { ReportPhoto } from '../../src/entities';
import { MAX_PHOTO_BYTES } from '../../src/rules/photo';
import { as, service, submission, SUBMIT } from '../support';
import { gpsOfJpeg, jpeg, png, pngChunks } from '../photo-fixtures';

// Photos go to a throwaway directory; links are made under this public URL.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nef-governance-photos-'));
process.env.GOVERNANCE_PHOTO_DIR = dir;
process.env.GOVERNANCE_PUBLIC_URL = 'https://api.example.org';

let sg: TestSubgraph;
beforeAll(async () => {
  sg = await startTestSubgraph(service);
});
afterAll(async () => {
  await sg?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

const UPLOAD = `mutation($c: String!, $w: ID) { uploadReportPhoto(contentBase64: $c, workerId: $w) { id contentType bytes path url uploadedAt } }`;
const upload = (bytes: Buffer, who = as.partner('MEITUAN', W1), w?: string) => sg.query(UPLOAD, { c: bytes.toString('base64'), w }, who);
const W1 = newId();
const W2 = newId();
const photoUrl = (p: string) => sg.url.replace(/\/graphql$/, p);

describe('uploading report photos', () => {
  it('stores the photo without its GPS position, attaches it to the report and serves it back', async () => {
    const original = jpeg({ gps: true, xmp: true, comment: true });
    expect(gpsOfJpeg(original)).not.toBeNull();
    const photo = dataOf(await upload(original)).uploadReportPhoto;
    expect(photo).toMatchObject({ contentType: 'image/jpeg', path: `/report-photo?id=${photo.id}`, url: `https://api.example.org/report-photo?id=${photo.id}` });
    expect(photo.bytes).toBeLessThan(original.length);

    // What is on disk has no location.
    const row = await sg.db.manager.findOneByOrFail(ReportPhoto, { id: photo.id });
    const stored = fs.readFileSync(path.join(dir, row.storageKey));
    expect(stored.length).toBe(photo.bytes);
    expect(gpsOfJpeg(stored)).toBeNull();
    expect(stored.includes(Buffer.from('GPSLatitude'))).toBe(false);

    // Not served before it is on a report.
    expect((await fetch(photoUrl(photo.path))).status).toBe(404);

    const second = dataOf(await upload(png())).uploadReportPhoto;
    const input = submission({ photoUrls: ['https://files.example.org/a.jpg'], photoIds: [photo.id, second.id] });
    const report = dataOf(await sg.query(SUBMIT, { input }, as.partner('MEITUAN', W1))).submitReport;
    expect(report.photoUrls).toEqual(['https://files.example.org/a.jpg', photo.url, second.url]);
    const read = dataOf(await sg.query(`query($id: ID!) { report(id: $id) { photos { id contentType path } } }`, { id: report.id }, as.anonymous)).report;
    expect(read.photos).toEqual([
      { id: photo.id, contentType: 'image/jpeg', path: photo.path },
      { id: second.id, contentType: 'image/png', path: second.path },
    ]);

    // Served publicly, as stored, with its type and a long cache life.
    const res = await fetch(photoUrl(photo.path));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toContain('immutable');
    const served = Buffer.from(await res.arrayBuffer());
    expect(served).toEqual(stored);
    expect(gpsOfJpeg(served)).toBeNull();
    expect(pngChunks(Buffer.from(await (await fetch(photoUrl(second.path))).arrayBuffer()))).toEqual(['IHDR', 'sRGB', 'IDAT', 'IEND']);
    expect((await fetch(photoUrl(photo.path), { headers: { 'if-none-match': `"${photo.id}"` } })).status).toBe(304);
    expect((await fetch(photoUrl('/report-photo?id=nope'))).status).toBe(400);
    expect((await fetch(photoUrl(`/report-photo?id=${newId()}`))).status).toBe(404);
  });

  it('refuses other content, oversized photos and bad base64, storing nothing', async () => {
    const before = fs.readdirSync(dir).length;
    const rows = await sg.db.manager.count(ReportPhoto);
    for (const bad of [Buffer.from('GIF89a\x01\x00\x01\x00', 'binary'), Buffer.from('<svg/>'), jpeg().subarray(0, 30), Buffer.concat([jpeg(), Buffer.alloc(MAX_PHOTO_BYTES)])]) {
      const res = await upload(bad);
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect((res.errors![0]!.extensions as any).field).toBe('contentBase64');
    }
    expect(errorCodes(await sg.query(UPLOAD, { c: 'data:image/png;base64,AAAA' }, as.partner('MEITUAN', W1)))).toEqual(['BAD_USER_INPUT']);
    expect(fs.readdirSync(dir).length).toBe(before);
    expect(await sg.db.manager.count(ReportPhoto)).toBe(rows);
  });

  it('lets partners upload for their acting worker only, and operators name the worker', async () => {
    expect(errorCodes(await upload(png(), as.anonymous))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await upload(png(), as.partner('MEITUAN', W1), W2))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await upload(png(), as.admin))).toEqual(['BAD_USER_INPUT']);
    const byOperator = dataOf(await upload(png(), as.operator, W2)).uploadReportPhoto;
    expect((await sg.db.manager.findOneByOrFail(ReportPhoto, { id: byOperator.id })).workerId).toBe(W2);
  });

  it('attaches only the reporter’s own photos, once, and at most 9 photos in all', async () => {
    const mine = dataOf(await upload(png())).uploadReportPhoto.id;
    const theirs = dataOf(await upload(png(), as.partner('MEITUAN', W2))).uploadReportPhoto.id;
    const submit = (photoIds: string[], photoUrls: string[] = []) =>
      sg.query(SUBMIT, { input: submission({ photoIds, photoUrls }) }, as.partner('MEITUAN', W1));
    expect(errorCodes(await submit([theirs]))).toEqual(['CONFLICT']);
    expect(errorCodes(await submit([newId()]))).toEqual(['CONFLICT']);
    expect(errorCodes(await submit([mine, mine]))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await submit(['not-an-id']))).toEqual(['BAD_USER_INPUT']);
    const nine = Array.from({ length: 9 }, (_, i) => `https://files.example.org/${i}.jpg`);
    expect(errorCodes(await submit([mine], nine))).toEqual(['BAD_USER_INPUT']);
    // None of the refusals attached it or left a report behind.
    expect((await sg.db.manager.findOneByOrFail(ReportPhoto, { id: mine })).reportId).toBeNull();
    // Two submissions racing for one photo: one gets it, the other is refused whole.
    const raced = await Promise.all([submit([mine]), submit([mine])]);
    expect(raced.map((r) => errorCodes(r)[0] ?? 'ok').sort()).toEqual(['CONFLICT', 'ok']);
    const winner = dataOf(raced.find((r) => !r.errors)!).submitReport.id;
    expect((await sg.db.manager.findOneByOrFail(ReportPhoto, { id: mine })).reportId).toBe(winner);
    expect(errorCodes(await submit([mine]))).toEqual(['CONFLICT']);
  });
});
