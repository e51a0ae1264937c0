import { errorCodesOf } from '@nef/kit/testing';
import { validateNewStation, type CreateStationInput } from '../../src/rules/station-input';
import { stationInput } from '../support';

const input = (overrides: Record<string, unknown> = {}) => stationInput(overrides) as CreateStationInput;

/** The BAD_USER_INPUT field of what `fn` throws. */
function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
    return undefined;
  } catch (e) {
    return (e as { extensions?: { field?: string } }).extensions?.field;
  }
}

describe('station input', () => {
  it('counts characters, not UTF-16 units: a 🚲 is one character', () => {
    expect('🚲'.length).toBe(2);
    expect(validateNewStation(input({ name: '🚲'.repeat(100) })).name).toBe('🚲'.repeat(100));
    expect(validateNewStation(input({ operator: `骑手${'🚲'.repeat(98)}` })).operator).toHaveLength(198);
    expect(validateNewStation(input({ subdistrict: '🚲'.repeat(50) })).subdistrict).toBe('🚲'.repeat(50));
    expect(fieldOf(() => validateNewStation(input({ name: '🚲'.repeat(101) })))).toBe('name');
    expect(fieldOf(() => validateNewStation(input({ address: '🚲'.repeat(201) })))).toBe('address');
  });

  it('trims texts and refuses empty ones, naming the field', () => {
    expect(validateNewStation(input({ name: '  望京骑手之家  ' })).name).toBe('望京骑手之家');
    expect(fieldOf(() => validateNewStation(input({ name: '   ' })))).toBe('name');
    expect(fieldOf(() => validateNewStation(input({ operator: '' })))).toBe('operator');
  });

  it('takes six-digit district codes only', () => {
    expect(validateNewStation(input({ districtCode: '110105' })).districtCode).toBe('110105');
    for (const districtCode of ['11010', '1101050', 'chaoyang', '']) {
      expect(errorCodesOf(() => validateNewStation(input({ districtCode })))).toEqual(['BAD_USER_INPUT']);
      expect(fieldOf(() => validateNewStation(input({ districtCode })))).toBe('districtCode');
    }
  });

  it('stores the location in WGS-84 whatever datum it came in', () => {
    const wgs = { lat: 39.9219, lng: 116.4885 };
    expect(validateNewStation(input({ location: { ...wgs, crs: 'WGS84' } })).location).toEqual(wgs);
    expect(fieldOf(() => validateNewStation(input({ location: { lat: 91, lng: 116 } })))).toBe('location.lat');
  });

  it('refuses a capacity outside 0 to 100000 and a phone that is not one', () => {
    expect(validateNewStation(input({ capacity: 0 })).capacity).toBe(0);
    expect(fieldOf(() => validateNewStation(input({ capacity: -1 })))).toBe('capacity');
    expect(fieldOf(() => validateNewStation(input({ capacity: 1.5 })))).toBe('capacity');
    expect(fieldOf(() => validateNewStation(input({ contactPhone: 'call me' })))).toBe('contactPhone');
    expect(fieldOf(() => validateNewStation(input({ contactPhone: '1235' })))).toBe('contactPhone');
    expect(validateNewStation(input({ contactPhone: '12351' })).contactPhone).toBe('12351'); // the union's hotline
  });
});
