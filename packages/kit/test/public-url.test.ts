import { Env, publicBaseUrl } from '../src';

describe('publicBaseUrl', () => {
  it('takes the service’s own setting over PUBLIC_URL, and PUBLIC_URL otherwise, without a trailing slash', () => {
    expect(publicBaseUrl(new Env({ TRAINING_PUBLIC_URL: 'https://t.example.cn/', PUBLIC_URL: 'https://api.example.cn' }), 'TRAINING_PUBLIC_URL')).toBe('https://t.example.cn');
    expect(publicBaseUrl(new Env({ PUBLIC_URL: 'https://api.example.cn//' }), 'TRAINING_PUBLIC_URL')).toBe('https://api.example.cn');
    expect(publicBaseUrl(new Env({}), 'TRAINING_PUBLIC_URL')).toBeNull();
  });

  it('refuses what is not an absolute http(s) base, naming the setting it came from', () => {
    expect(() => publicBaseUrl(new Env({ PUBLIC_URL: 'api.example.cn' }), 'GOVERNANCE_PUBLIC_URL')).toThrow(/PUBLIC_URL must be an absolute http or https URL/);
    expect(() => publicBaseUrl(new Env({ GOVERNANCE_PUBLIC_URL: 'ftp://x.cn' }), 'GOVERNANCE_PUBLIC_URL')).toThrow(/^GOVERNANCE_PUBLIC_URL/);
    expect(() => publicBaseUrl(new Env({ PUBLIC_URL: 'https://x.cn/?a=1' }), 'TRAINING_PUBLIC_URL')).toThrow(/without query or fragment/);
  });
});
