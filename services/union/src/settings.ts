import { Env, peerKeysFromEnv as kitPeerKeysFromEnv, type TrustedKeys } from '@nef/kit';
import { PhoneCipher } from './rules/phone-cipher';
import { HttpSmsSender, OutboxSmsSender, type SmsSender } from './sms/sender';

/**
 * Development key only: lets the embedded demo run without configuration. Phones encrypted
 * with it are not protected; production refuses to start without PHONE_ENCRYPTION_KEY.
 */
export const DEV_PHONE_ENCRYPTION_KEY = '6e65662d6465762d6f6e6c792d70686f6e652d6b65792d6e6f742d7365637265';

/** The phone cipher under PHONE_ENCRYPTION_KEY (64 hex characters); the development key outside production. */
export function phoneCipherFromEnv(env: Env = new Env()): PhoneCipher {
  const hex = env.str('PHONE_ENCRYPTION_KEY');
  if (hex === undefined) {
    if (env.production) throw new Error('PHONE_ENCRYPTION_KEY must be set when NODE_ENV=production');
    return new PhoneCipher(Buffer.from(DEV_PHONE_ENCRYPTION_KEY, 'hex'));
  }
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) {
    throw new Error('PHONE_ENCRYPTION_KEY must be 64 hexadecimal characters (32 bytes)');
  }
  return new PhoneCipher(Buffer.from(hex, 'hex'));
}

/** The process's phone cipher, read once at start-up so a missing production key stops the service. */
export const phones = phoneCipherFromEnv();

/**
 * Keys of the services that may read memberships over the peer route (`/peer/memberships`), as a
 * JWKS (`UNION_PEER_KEYS`): the training service's public key, which it signs its reads with.
 * Trusted for that route only, never for /graphql. Unset: the route answers nobody.
 */
export function peerKeysFromEnv(env: Env = new Env()): TrustedKeys {
  return kitPeerKeysFromEnv(env, 'UNION_PEER_KEYS');
}

/** The peer keys in force, read once at start-up (a holder, so tests can set them). */
export const peer: { keys: TrustedKeys } = { keys: peerKeysFromEnv() };

/**
 * How one-time codes reach phones (`SMS_SENDER`): `outbox` keeps them in the local outbox an
 * admin reads (the default outside production, so the demo and tests work offline); `http` posts
 * them to a provider (SMS_HTTP_URL, an https URL, and SMS_HTTP_TOKEN). Production must choose
 * one: a service that silently kept codes in a table would leave workers unable to confirm.
 */
export function smsSenderFromEnv(env: Env = new Env(), cipher: PhoneCipher = phones): SmsSender {
  const kind = env.str('SMS_SENDER')?.trim();
  if (kind === undefined || kind === '') {
    if (env.production) throw new Error('SMS_SENDER must be set when NODE_ENV=production: http (with SMS_HTTP_URL and SMS_HTTP_TOKEN) or outbox');
    return new OutboxSmsSender(cipher);
  }
  if (kind === 'outbox') return new OutboxSmsSender(cipher);
  if (kind === 'http') {
    const url = env.str('SMS_HTTP_URL')?.trim() ?? '';
    const token = env.str('SMS_HTTP_TOKEN')?.trim() ?? '';
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)))) {
      throw new Error('SMS_HTTP_URL must be an https URL (http only on loopback)');
    }
    if (!token) throw new Error('SMS_HTTP_TOKEN must be set with SMS_SENDER=http');
    return new HttpSmsSender(url, token);
  }
  throw new Error(`SMS_SENDER must be outbox or http, not ${kind}`);
}

let sender: SmsSender | undefined;
/**
 * The sender in force, read from the settings when first used (the service reads it as it
 * starts, so a production service without SMS_SENDER stops there; the migration step, which
 * sends nothing, never reads it). A holder, so tests can replace it.
 */
export const sms = {
  get sender(): SmsSender {
    return (sender ??= smsSenderFromEnv());
  },
  set sender(value: SmsSender) {
    sender = value;
  },
};
