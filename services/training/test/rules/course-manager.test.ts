import type { Principal } from '@nef/kit';
import { errorCodesOf } from '@nef/kit/testing';
import { managesCourses, requireCourseManager } from '../../src/rules/course-manager';
import { admin, anonymous, chaoyangTrainingOperator, cityDashboard, partnerFor, trainingOperator, unionOperator } from '../support';

describe('who organises courses', () => {
  it('is admins and training operators, the latter within their districts', () => {
    for (const p of [admin, trainingOperator]) {
      expect(managesCourses(p, '110108')).toBe(true);
      expect(managesCourses(p, null)).toBe(true);
    }
    expect(managesCourses(chaoyangTrainingOperator, '110105')).toBe(true);
    expect(managesCourses(chaoyangTrainingOperator, '110108')).toBe(false);
  });

  it('keeps city-wide courses (no district) for keys without district limits', () => {
    expect(managesCourses(chaoyangTrainingOperator, null)).toBe(false);
    expect(errorCodesOf(() => requireCourseManager(chaoyangTrainingOperator, null))).toEqual(['FORBIDDEN']);
    expect(errorCodesOf(() => requireCourseManager(trainingOperator, null))).toEqual([]);
  });

  it('takes a key’s regions as containing their counties: a city or province key organises its counties’ courses', () => {
    const huizhou: Principal = { role: 'operator', domain: 'training', districts: ['441300'], keyId: 'key-hz' };
    const guangdong: Principal = { role: 'operator', domain: 'training', districts: ['440000'], keyId: 'key-gd' };
    expect(managesCourses(huizhou, '441302')).toBe(true);
    expect(managesCourses(huizhou, '441322')).toBe(true);
    expect(managesCourses(huizhou, '440305')).toBe(false);
    expect(managesCourses(guangdong, '440305')).toBe(true);
    expect(managesCourses(guangdong, '410105')).toBe(false);
    expect(errorCodesOf(() => requireCourseManager(huizhou, '110105'))).toEqual(['FORBIDDEN']);
    // A street key does not contain its county.
    expect(managesCourses({ ...huizhou, districts: ['441302103'] }, '441302')).toBe(false);
  });

  it('keeps city-wide courses for keys covering every region: no limits, or the nation', () => {
    const huizhou: Principal = { role: 'operator', domain: 'training', districts: ['441300'], keyId: 'key-hz' };
    const nation: Principal = { role: 'operator', domain: 'training', districts: ['100000'], keyId: 'key-cn' };
    expect(managesCourses(huizhou, null)).toBe(false);
    expect(errorCodesOf(() => requireCourseManager(huizhou, null))).toEqual(['FORBIDDEN']);
    expect(managesCourses(nation, null)).toBe(true);
    expect(managesCourses(nation, '441302')).toBe(true);
  });

  it.each<[string, Principal]>([
    ['anonymous callers', anonymous],
    ['partners', partnerFor()],
    ['dashboards', cityDashboard],
    ['other domains’ operators', unionOperator],
  ])('is never %s', (_, p) => {
    expect(managesCourses(p, '110105')).toBe(false);
    expect(errorCodesOf(() => requireCourseManager(p, '110105'))).toEqual(['FORBIDDEN']);
  });
});
