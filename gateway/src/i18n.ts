import type http from 'node:http';
import { GRAPHQL_PATH, headerValue, localizeResponseText, preferredLanguage, type Language } from '@nef/kit';

/**
 * Error messages in the caller's language, decided here, at the edge, as each /graphql answer
 * leaves: English by default, Simplified Chinese when `Accept-Language` prefers it (see the
 * kit's i18n.ts for the choice and the texts).
 *
 * Why the gateway and not the subgraphs: every error reaches the caller through this one exit
 * (the subgraphs' errors, the gateway's own refusals made before Apollo Server runs: API key,
 * acting worker, trusted documents, body limits; and those made while it runs: operation
 * limits, rate limit, a subgraph that cannot answer), so each answer is localized once, in one
 * place. Subgraphs send every error in both languages (the Chinese in an extension this removes)
 * and never see `Accept-Language`: their answers are the same for every caller, so the signed
 * fetches, the identical queries in flight that share one answer, and the response cache (which
 * keeps no answer with errors anyway) need no language in their keys, and a cached answer can
 * never carry another caller's language.
 *
 * Every /graphql answer says `Vary: Accept-Language`, so an HTTP cache in front of the gateway
 * (a GET query's answer) keeps one copy per language.
 */
export function localizedErrors(handler: http.RequestListener): http.RequestListener {
  return (req, res) => {
    const url = req.url ?? '/';
    const path = url.split('?', 1)[0];
    if (path !== GRAPHQL_PATH) {
      handler(req, res);
      return;
    }
    res.setHeader('vary', varyWith(res.getHeader('vary'), 'Accept-Language'));
    const language: Language = preferredLanguage(headerValue(req, 'accept-language'));
    const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
    res.end = ((...args: unknown[]) => {
      // Again in case the answer's own headers replaced it (those set before writeHead are kept).
      if (!res.headersSent) res.setHeader('vary', varyWith(res.getHeader('vary'), 'Accept-Language'));
      const [chunk] = args;
      if (typeof chunk === 'string') args[0] = localizeResponseText(chunk, language);
      else if (Buffer.isBuffer(chunk) && isJsonResponse(res)) args[0] = localizeResponseText(chunk.toString('utf8'), language);
      // A length set ahead (none of ours does) must match the text that is sent.
      if (args[0] !== chunk && !res.headersSent && res.hasHeader('content-length')) {
        res.setHeader('content-length', Buffer.byteLength(args[0] as string));
      }
      return end(...args);
    }) as typeof res.end;
    handler(req, res);
  };
}

function isJsonResponse(res: http.ServerResponse): boolean {
  return /json/i.test(String(res.getHeader('content-type') ?? ''));
}

/** A Vary header value with `name` added once (a `*` already covers it). */
export function varyWith(current: number | string | string[] | undefined, name: string): string {
  const names = (Array.isArray(current) ? current.join(',') : String(current ?? ''))
    .split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (names.includes('*') || names.some((n) => n.toLowerCase() === name.toLowerCase())) return names.join(', ');
  return [...names, name].join(', ');
}
