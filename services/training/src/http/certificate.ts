import { sendJson, type Database, type Route } from '@nef/kit';
import { verifyCertificate } from '../queries/certificate';

/** The public certificate check a QR code leads to: GET /certificate?number=TRN-... */
export const CERTIFICATE_PATH = '/certificate';

/**
 * Answers what `certificate(number)` answers, as JSON, to anyone (a phone scanning the code has
 * no API key and sends no GraphQL): 200 with the check, 404 for a number that names no
 * certificate, 400 without a number, 405 for anything but GET or HEAD.
 */
export function certificateRoute(db: Database): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'use GET' });
      return;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const number = url.searchParams.get('number');
    if (!number?.trim()) {
      sendJson(res, 400, { error: 'give the certificate number: /certificate?number=TRN-...' });
      return;
    }
    const found = await verifyCertificate(db, number);
    if (!found) {
      sendJson(res, 404, { error: 'no such certificate', number: number.trim().toUpperCase() });
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    sendJson(res, 200, {
      ...found,
      issuedAt: found.issuedAt.toISOString(),
      revokedAt: found.revokedAt?.toISOString() ?? null,
    });
  };
}
