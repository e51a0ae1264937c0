import type { Env } from './config';

/**
 * An absolute http(s) URL setting without query or fragment (a base that paths are added to),
 * returned without a trailing slash; null when unset. A malformed value stops the service with
 * a message naming the setting.
 */
export function httpBaseUrl(env: Env, name: string): string | null {
  const raw = env.str(name)?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http or https URL, got "${raw}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new Error(`${name} must be an absolute http or https URL without query or fragment, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/**
 * The public base URL links are built on (a certificate's check, a report's photo): where
 * callers reach the gateway, e.g. https://api.example.cn. `name` (a service's own setting, such
 * as TRAINING_PUBLIC_URL) wins over PUBLIC_URL, which every service reads; null when neither is set.
 */
export function publicBaseUrl(env: Env, name: string): string | null {
  return httpBaseUrl(env, env.str(name)?.trim() ? name : 'PUBLIC_URL');
}
