import type http from 'node:http';
import { isId, sendJson, type Database, type Route } from '@nef/kit';
import { attachedPhoto } from '../queries/report-photos';
import { photoStore, type PhotoStore } from '../storage/photo-store';

/**
 * GET /report-photo?id=<photo id>: the bytes of a photo on a report, as stored (metadata
 * already cut out). Public like the report itself; photos not yet on a report answer 404. A
 * photo never changes, so it may be kept for a year.
 */
export function reportPhotoRoute(db: Database, store: () => PhotoStore = photoStore): Route {
  return async (req: http.IncomingMessage, res: http.ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' });
      res.end();
      return;
    }
    const id = new URL(req.url ?? '/', 'http://localhost').searchParams.get('id') ?? '';
    if (!isId(id)) return sendJson(res, 400, { error: 'id must be a photo id (a UUID)' });
    const etag = `"${id}"`;
    const photo = await attachedPhoto(db, id);
    const bytes = photo ? await store().get(photo.storageKey) : null;
    if (!photo || !bytes) return sendJson(res, 404, { error: 'no such photo' });
    const headers = {
      'content-type': photo.contentType,
      'cache-control': 'public, max-age=31536000, immutable',
      etag,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'",
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-length': String(bytes.length) });
    res.end(req.method === 'HEAD' ? undefined : bytes);
  };
}
