import { signPrincipal, verifyPrincipal, type Principal } from '../src';

const SECRET = 'a-secret-of-at-least-thirty-two-chars!';
const partner: Principal = { role: 'partner', keyId: 'k1', platform: 'MEITUAN', workerId: 'w1' };

describe('signed principals', () => {
  it('round-trips a principal signed with the shared secret', () => {
    const verdict = verifyPrincipal(signPrincipal(partner, SECRET), SECRET);
    expect(verdict).toEqual({ ok: true, principal: partner });
  });

  it('refuses a missing header', () => {
    expect(verifyPrincipal(undefined, SECRET)).toEqual({ ok: false, reason: 'missing principal' });
  });

  it('refuses a principal signed with another secret', () => {
    const verdict = verifyPrincipal(signPrincipal(partner, 'another-secret-of-thirty-two-chars!!'), SECRET);
    expect(verdict).toEqual({ ok: false, reason: 'bad signature' });
  });

  it('refuses a payload altered after signing (role escalation)', () => {
    const [v, , sig] = signPrincipal(partner, SECRET).split('.');
    const forged = Buffer.from(JSON.stringify({ p: { role: 'admin' }, iat: Math.floor(Date.now() / 1000), exp: 9e9 })).toString('base64url');
    expect(verifyPrincipal(`${v}.${forged}.${sig}`, SECRET).ok).toBe(false);
  });

  it('refuses an unsigned principal', () => {
    const payload = Buffer.from(JSON.stringify({ p: { role: 'admin' }, iat: 0, exp: 9e9 })).toString('base64url');
    expect(verifyPrincipal(`v1.${payload}.`, SECRET).ok).toBe(false);
    expect(verifyPrincipal(`v1.${payload}`, SECRET).ok).toBe(false);
  });

  it('refuses an expired principal', () => {
    const tenMinutesAgo = Date.now() - 10 * 60_000;
    expect(verifyPrincipal(signPrincipal(partner, SECRET, tenMinutesAgo), SECRET)).toEqual({
      ok: false,
      reason: 'expired principal',
    });
  });

  it('refuses a signed principal whose shape is invalid', () => {
    const bad = signPrincipal({ role: 'partner' } as Principal, SECRET);
    expect(verifyPrincipal(bad, SECRET)).toEqual({ ok: false, reason: 'malformed principal' });
  });

  it('accepts the previous secret beside the current one while the secret is rotated', () => {
    const previous = 'the-previous-secret-of-thirty-two-chars';
    expect(verifyPrincipal(signPrincipal(partner, previous), [SECRET, previous])).toEqual({ ok: true, principal: partner });
    expect(verifyPrincipal(signPrincipal(partner, SECRET), [SECRET, previous]).ok).toBe(true);
    expect(verifyPrincipal(signPrincipal(partner, previous), [SECRET]).ok).toBe(false);
  });
});
