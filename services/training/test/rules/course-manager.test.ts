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
