import { Env, peerKeysFromEnv as kitPeerKeysFromEnv, type TrustedKeys } from '@nef/kit';
import { PhoneCipher } from './rules/phone-cipher';

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
