import { sign } from 'node:crypto';
import {
  DEV_PRINCIPAL_KEYS,
  Env,
  PRINCIPAL_TTL_SECONDS,
  generatePrincipalKeyPair,
  jwksOf,
  parseJwks,
  principalSigner,
  signPrincipal,
  trustedPrincipalKeys,
  verifyPrincipal,
  type Principal,
} from '../src';

const partner: Principal = { role: 'partner', keyId: 'k-mt', platform: 'MEITUAN', workerId: 'w-1' };
const current = generatePrincipalKeyPair('2026-11');
const next = generatePrincipalKeyPair('2027-05');
const trusted = new Map([[current.signer.kid, current.publicKey]]);
const body = JSON.stringify({ query: '{ worker(id: "w-1") { phone } }' });
const at = Date.parse('2026-11-20T08:00:00Z');
const binding = { audience: 'union', body, now: at };

describe('signed principals', () => {
  it('round-trips a principal signed for this subgraph and body', () => {
    expect(verifyPrincipal(signPrincipal(partner, current.signer, binding), trusted, binding)).toEqual({ ok: true, principal: partner, kid: '2026-11' });
  });

  it('refuses a missing header', () => {
    expect(verifyPrincipal(undefined, trusted, binding)).toEqual({ ok: false, reason: 'missing principal' });
  });

  it('refuses a principal signed with a key it does not trust, under a key id it knows or not', () => {
    const impostor = generatePrincipalKeyPair('2026-11');
    expect(verifyPrincipal(signPrincipal(partner, impostor.signer, binding), trusted, binding)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyPrincipal(signPrincipal(partner, next.signer, binding), trusted, binding)).toEqual({ ok: false, reason: 'unknown key id "2027-05"' });
  });

  it('refuses a principal meant for another subgraph', () => {
    const header = signPrincipal(partner, current.signer, { ...binding, audience: 'training' });
    expect(verifyPrincipal(header, trusted, binding)).toMatchObject({ ok: false, reason: expect.stringMatching(/another subgraph/) });
  });

  it('refuses a principal signed for another body, however small the change', () => {
    const header = signPrincipal(partner, current.signer, binding);
    expect(verifyPrincipal(header, trusted, { ...binding, body: body.replace('w-1', 'w-2') })).toEqual({ ok: false, reason: 'principal signed for another body' });
    expect(verifyPrincipal(header, trusted, { ...binding, body: `${body} ` }).ok).toBe(false);
  });

  it(`lives ${PRINCIPAL_TTL_SECONDS} s, plus 5 s of clock skew either side`, () => {
    const header = signPrincipal(partner, current.signer, binding);
    expect(verifyPrincipal(header, trusted, { ...binding, now: at + 35_000 }).ok).toBe(true);
    expect(verifyPrincipal(header, trusted, { ...binding, now: at + 36_000 })).toEqual({ ok: false, reason: 'expired principal' });
    expect(verifyPrincipal(header, trusted, { ...binding, now: at - 5_000 }).ok).toBe(true);
    expect(verifyPrincipal(header, trusted, { ...binding, now: at - 6_000 })).toEqual({ ok: false, reason: 'principal from the future' });
  });

  it('refuses a payload changed after signing: other claims, a longer life, another key id in the header', () => {
    const [head, claims, signature] = signPrincipal(partner, current.signer, binding).split('.') as [string, string, string];
    const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString());
    const reencode = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    expect(verifyPrincipal(`${head}.${reencode({ ...decoded, p: { role: 'admin' } })}.${signature}`, trusted, binding)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyPrincipal(`${head}.${reencode({ ...decoded, exp: decoded.exp + 3600 })}.${signature}`, trusted, binding)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyPrincipal(`${head}.${claims}.`, trusted, binding)).toEqual({ ok: false, reason: 'bad signature' });
    expect(verifyPrincipal(`${head}.${claims}`, trusted, binding)).toEqual({ ok: false, reason: 'malformed principal' });
  });

  it('refuses a correctly signed principal whose life is longer than allowed', () => {
    // Only a holder of the private key could make one; the subgraph still holds it to the limit.
    const head = Buffer.from(JSON.stringify({ alg: 'EdDSA', typ: 'nef-principal+jwt', kid: '2026-11' })).toString('base64url');
    const iat = Math.floor(at / 1000);
    const claims = Buffer.from(JSON.stringify({ p: partner, aud: 'union', iat, exp: iat + 3600, bh: 'x' })).toString('base64url');
    const signature = sign(null, Buffer.from(`${head}.${claims}`), current.signer.key).toString('base64url');
    expect(verifyPrincipal(`${head}.${claims}.${signature}`, trusted, binding)).toEqual({ ok: false, reason: 'principal lifetime out of bounds' });
  });

  it('refuses a well-signed principal of the wrong shape', () => {
    const bad = signPrincipal({ role: 'partner' } as Principal, current.signer, binding);
    expect(verifyPrincipal(bad, trusted, binding)).toEqual({ ok: false, reason: 'malformed principal' });
  });

  it('accepts either key while both are trusted, so the gateway can switch with no request refused', () => {
    const both = new Map([...trusted, [next.signer.kid, next.publicKey]]);
    expect(verifyPrincipal(signPrincipal(partner, current.signer, binding), both, binding).ok).toBe(true);
    expect(verifyPrincipal(signPrincipal(partner, next.signer, binding), both, binding).ok).toBe(true);
    const afterwards = new Map([[next.signer.kid, next.publicKey]]);
    expect(verifyPrincipal(signPrincipal(partner, current.signer, binding), afterwards, binding).ok).toBe(false);
  });

  it('cannot be signed with a public key: what a subgraph holds mints nothing', () => {
    const keys = trustedPrincipalKeys(new Env({ PRINCIPAL_PUBLIC_KEYS: jwksOf([{ kid: 'k', publicKey: current.publicKey }]) }));
    for (const key of keys.values()) {
      expect(key.type).toBe('public');
      expect(() => signPrincipal(partner, { kid: 'k', key }, binding)).toThrow(/private key/);
    }
  });
});

describe('principal keys from the settings', () => {
  const pem = (pair = current) => pair.signer.key.export({ format: 'pem', type: 'pkcs8' }).toString();
  const devPem = DEV_PRINCIPAL_KEYS.signer.key.export({ format: 'pem', type: 'pkcs8' }).toString();
  const devJwks = jwksOf([{ kid: 'anything', publicKey: DEV_PRINCIPAL_KEYS.publicKey }]);
  const publicKeys = jwksOf([current.signer, next.signer].map((s, i) => ({ kid: s.kid, publicKey: [current, next][i]!.publicKey })));

  it('uses the development key pair outside production, with no settings', () => {
    const signer = principalSigner(new Env({}));
    const keys = trustedPrincipalKeys(new Env({}));
    expect(verifyPrincipal(signPrincipal(partner, signer, binding), keys, binding).ok).toBe(true);
  });

  it('reads a signing key and its id, and public keys as a JWKS, inline', () => {
    const signer = principalSigner(new Env({ PRINCIPAL_SIGNING_KEY: pem(), PRINCIPAL_KEY_ID: '2026-11', NODE_ENV: 'production' }));
    const keys = trustedPrincipalKeys(new Env({ PRINCIPAL_PUBLIC_KEYS: publicKeys, NODE_ENV: 'production' }));
    expect([...keys.keys()]).toEqual(['2026-11', '2027-05']);
    expect(verifyPrincipal(signPrincipal(partner, signer, binding), keys, binding).ok).toBe(true);
  });

  it('refuses to start in production without keys', () => {
    expect(() => principalSigner(new Env({ NODE_ENV: 'production' }))).toThrow(/PRINCIPAL_SIGNING_KEY must be set/);
    expect(() => trustedPrincipalKeys(new Env({ NODE_ENV: 'production' }))).toThrow(/PRINCIPAL_PUBLIC_KEYS must be set/);
  });

  it('refuses the published development key in production, under any key id', () => {
    expect(() => principalSigner(new Env({ NODE_ENV: 'production', PRINCIPAL_SIGNING_KEY: devPem, PRINCIPAL_KEY_ID: 'prod-1' }))).toThrow(/published development key/);
    expect(() => trustedPrincipalKeys(new Env({ NODE_ENV: 'production', PRINCIPAL_PUBLIC_KEYS: devJwks }))).toThrow(/published development key/);
  });

  it('refuses a private key among the public ones, and a signing key given to a subgraph in production', () => {
    const withPrivate = JSON.stringify({ keys: [{ ...current.signer.key.export({ format: 'jwk' }), kid: 'k' }] });
    expect(() => parseJwks(withPrivate)).toThrow(/holds a private key/);
    expect(() => trustedPrincipalKeys(new Env({ NODE_ENV: 'production', PRINCIPAL_PUBLIC_KEYS: publicKeys, PRINCIPAL_SIGNING_KEY: pem() }))).toThrow(
      /only the gateway may hold it/,
    );
  });

  it('refuses a signing key without its id, of another kind, or a JWKS without ids or keys', () => {
    expect(() => principalSigner(new Env({ PRINCIPAL_SIGNING_KEY: pem() }))).toThrow(/PRINCIPAL_KEY_ID must be set/);
    expect(() => parseJwks('{"keys": []}')).toThrow(/holds no keys/);
    expect(() => parseJwks(JSON.stringify({ keys: [{ kty: 'OKP', crv: 'Ed25519', x: 'AAAA' }] }))).toThrow(/needs a "kid"/);
    expect(() => parseJwks(JSON.stringify({ keys: [{ kty: 'RSA', kid: 'r', n: 'x', e: 'AQAB' }] }))).toThrow(/must be an Ed25519 key/);
  });

  it('refuses INTERNAL_SECRET, whatever its value, pointing to the new settings', () => {
    for (const env of [{ INTERNAL_SECRET: 'dev-only-internal-secret-change-me' }, { NODE_ENV: 'production', INTERNAL_SECRET: 'x'.repeat(40) }, { INTERNAL_SECRET_PREVIOUS: 'y'.repeat(40) }]) {
      expect(() => principalSigner(new Env(env))).toThrow(/no longer used.*PRINCIPAL_SIGNING_KEY.*PRINCIPAL_PUBLIC_KEYS/);
      expect(() => trustedPrincipalKeys(new Env(env))).toThrow(/no longer used/);
    }
  });
});
