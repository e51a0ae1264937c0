#!/usr/bin/env node
// Makes an Ed25519 key pair for signed principals (see "Settings" and "Security" in the README):
//   node scripts/principal-key.mjs <kid> [--out principal-<kid>.pem] [--jwks principal-public-keys.json]
// The private key goes to --out (mode 0600), for the gateway's PRINCIPAL_SIGNING_KEY, with
// PRINCIPAL_KEY_ID=<kid>. Its public key is added to the JWKS file (created if missing) that the
// subgraphs read as PRINCIPAL_PUBLIC_KEYS; keys already there stay, which is how a rotation
// begins: publish the new public key to the subgraphs, switch the gateway, then remove the old.
import fs from 'node:fs';
import { generateKeyPairSync } from 'node:crypto';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, jwks: { type: 'string', default: 'principal-public-keys.json' } },
});
const kid = positionals[0];
if (!kid || !/^[A-Za-z0-9._-]{1,64}$/.test(kid)) {
  console.error('usage: node scripts/principal-key.mjs <kid> [--out file.pem] [--jwks principal-public-keys.json]\n  <kid>: 1 to 64 letters, digits, ".", "_" or "-" (a date works: 2026-11)');
  process.exit(2);
}
const out = values.out ?? `principal-${kid}.pem`;
const jwks = fs.existsSync(values.jwks) ? JSON.parse(fs.readFileSync(values.jwks, 'utf8')) : { keys: [] };
if (!Array.isArray(jwks.keys)) {
  console.error(`${values.jwks} is not a JWKS ({"keys": [...]})`);
  process.exit(1);
}
if (jwks.keys.some((k) => k.kid === kid)) {
  console.error(`${values.jwks} already holds a key "${kid}": choose another id`);
  process.exit(1);
}
if (fs.existsSync(out)) {
  console.error(`${out} exists: not overwritten`);
  process.exit(1);
}
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
fs.writeFileSync(out, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
const { kty, crv, x } = publicKey.export({ format: 'jwk' });
jwks.keys.push({ kty, crv, x, kid, alg: 'EdDSA', use: 'sig' });
fs.writeFileSync(values.jwks, `${JSON.stringify(jwks, null, 2)}\n`);
console.log(`private key: ${out} (gateway only: PRINCIPAL_SIGNING_KEY=${out} PRINCIPAL_KEY_ID=${kid})
public keys: ${values.jwks} now trusts ${jwks.keys.map((k) => k.kid).join(', ')} (subgraphs: PRINCIPAL_PUBLIC_KEYS=${values.jwks})`);
