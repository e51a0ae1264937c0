import { GraphQLError } from 'graphql';
import { photoUrlProblem, validateSubmission } from '../../src/rules/report-submission';

const base = {
  category: 'SANITATION' as const,
  description: '垃圾桶满溢',
  location: { lat: 39.92, lng: 116.46, crs: 'GCJ02' as const },
  districtCode: '110105',
};

function codeAndField(fn: () => unknown) {
  try {
    fn();
    return null;
  } catch (err) {
    if (!(err instanceof GraphQLError)) throw err;
    return { code: err.extensions.code, field: err.extensions.field, message: err.message };
  }
}

describe('report submission rules', () => {
  it('trims the description and stores the location in WGS-84', () => {
    const s = validateSubmission({ ...base, description: '  垃圾桶满溢 \n' });
    expect(s.description).toBe('垃圾桶满溢');
    expect(s.location.lat).not.toBeCloseTo(39.92, 4);
    expect(Math.abs(s.location.lat - 39.92)).toBeLessThan(0.01);
    expect(s.photoUrls).toEqual([]);
    expect(s.idempotencyKey).toBeNull();
  });

  it('refuses a blank description and one over 2000 characters', () => {
    expect(codeAndField(() => validateSubmission({ ...base, description: '   ' }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'description' });
    expect(codeAndField(() => validateSubmission({ ...base, description: '险'.repeat(2001) }))).toMatchObject({ field: 'description' });
    expect(validateSubmission({ ...base, description: '险'.repeat(2000) }).description).toHaveLength(2000);
  });

  it('refuses a district code that is not six digits', () => {
    for (const districtCode of ['11010', '1101050', 'chaoyang', '']) {
      expect(codeAndField(() => validateSubmission({ ...base, districtCode }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'districtCode' });
    }
  });

  it('refuses a latitude or longitude off the Earth', () => {
    expect(codeAndField(() => validateSubmission({ ...base, location: { lat: 91, lng: 116 } }))).toMatchObject({ field: 'location.lat' });
    expect(codeAndField(() => validateSubmission({ ...base, location: { lat: 39, lng: -181 } }))).toMatchObject({ field: 'location.lng' });
  });

  it('accepts only absolute http and https photo URLs up to 2048 characters', () => {
    expect(photoUrlProblem('https://files.example.org/a.jpg')).toBeNull();
    expect(photoUrlProblem('http://10.0.0.1/a.jpg')).toBeNull();
    expect(photoUrlProblem('ftp://files.example.org/a.jpg')).toMatch(/http or https/);
    expect(photoUrlProblem('/uploads/a.jpg')).toMatch(/absolute/);
    expect(photoUrlProblem('javascript:alert(1)')).toMatch(/http or https/);
    expect(photoUrlProblem(`https://x.org/${'a'.repeat(2040)}`)).toMatch(/2048/);
  });

  it('names the first bad photo URL by its index', () => {
    const bad = codeAndField(() =>
      validateSubmission({ ...base, photoUrls: ['https://ok.example/1.jpg', 'ftp://bad.example/2.jpg'] }),
    );
    expect(bad).toMatchObject({ code: 'BAD_USER_INPUT', field: 'photoUrls[1]' });
    expect(bad!.message).toContain('ftp://bad.example/2.jpg');
  });

  it('allows at most nine photos', () => {
    const urls = (n: number) => Array.from({ length: n }, (_, i) => `https://files.example.org/${i}.jpg`);
    expect(validateSubmission({ ...base, photoUrls: urls(9) }).photoUrls).toHaveLength(9);
    expect(codeAndField(() => validateSubmission({ ...base, photoUrls: urls(10) }))).toMatchObject({ field: 'photoUrls' });
  });

  it('takes an idempotency key of 1 to 100 characters', () => {
    expect(validateSubmission({ ...base, idempotencyKey: 'k'.repeat(100) }).idempotencyKey).toHaveLength(100);
    expect(codeAndField(() => validateSubmission({ ...base, idempotencyKey: '' }))).toMatchObject({ field: 'idempotencyKey' });
    expect(codeAndField(() => validateSubmission({ ...base, idempotencyKey: 'k'.repeat(101) }))).toMatchObject({ field: 'idempotencyKey' });
  });
});
