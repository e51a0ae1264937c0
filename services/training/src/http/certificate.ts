import type http from 'node:http';
import { headerValue, preferredLanguage, sendJson, type Database, type Language, type Route } from '@nef/kit';
import { certificateWithdrawn, verifyCertificate } from '../queries/certificate';
import {
  CERTIFICATE_PAGE_CSP,
  certificateMissingNumberPage,
  certificateNotFoundPage,
  certificatePage,
  certificateWithdrawnPage,
  prefersHtml,
} from '../rules/certificate-page';

/** The public certificate check a QR code leads to: GET /certificate?number=TRN-... */
export const CERTIFICATE_PATH = '/certificate';

/** Every GET or HEAD answer depends on these request headers (the form, the language). */
export const CERTIFICATE_VARY = 'Accept, Accept-Language';

/**
 * Answers what `certificate(number)` answers, to anyone (a phone scanning the code has no API
 * key and sends no GraphQL): 200 with the check, 404 for a number that names no certificate,
 * 410 for one that is no longer available (its holder closed their account: nothing of it is
 * shown), 400 without a number, 405 for anything but GET or HEAD.
 *
 * JSON by default (no `Accept`, `*\/*`, `application/json`: what API clients get); a readable
 * page, in Chinese or English by `Accept-Language`, when `Accept` prefers text/html over JSON
 * (a browser, e.g. a phone that opened the QR code's link), with the same status codes
 * (`rules/certificate-page.ts`). Never stored by a cache (`no-store`); `Vary: Accept,
 * Accept-Language`.
 */
export function certificateRoute(db: Database): Route {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendJson(res, 405, { error: 'use GET' });
      return;
    }
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', CERTIFICATE_VARY);
    const html = prefersHtml(req.headers.accept);
    const language: Language = preferredLanguage(headerValue(req, 'accept-language'));
    const url = new URL(req.url ?? '/', 'http://localhost');
    const number = url.searchParams.get('number');
    if (!number?.trim()) {
      if (html) return sendHtml(res, 400, certificateMissingNumberPage(language), language);
      sendJson(res, 400, { error: 'give the certificate number: /certificate?number=TRN-...' });
      return;
    }
    const found = await verifyCertificate(db, number);
    if (!found && (await certificateWithdrawn(db, number))) {
      if (html) return sendHtml(res, 410, certificateWithdrawnPage(number, language), language);
      sendJson(res, 410, { error: 'this certificate is no longer available', number: number.trim().toUpperCase() });
      return;
    }
    if (!found) {
      if (html) return sendHtml(res, 404, certificateNotFoundPage(number, language), language);
      sendJson(res, 404, { error: 'no such certificate', number: number.trim().toUpperCase() });
      return;
    }
    if (html) return sendHtml(res, 200, certificatePage(found, language), language);
    sendJson(res, 200, {
      ...found,
      issuedAt: found.issuedAt.toISOString(),
      revokedAt: found.revokedAt?.toISOString() ?? null,
    });
  };
}

function sendHtml(res: http.ServerResponse, status: number, page: string, language: Language): void {
  const body = Buffer.from(page, 'utf8');
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': body.length,
    'content-language': language === 'zh' ? 'zh-CN' : 'en',
    'content-security-policy': CERTIFICATE_PAGE_CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(body);
}
