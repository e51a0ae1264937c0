import { Env } from '@nef/kit';
import { readSettings } from '../src/settings';

describe('settings', () => {
  it('defaults to a threshold of 10 and a yearly cap of 3000 yuan', () => {
    expect(readSettings(new Env({}))).toEqual({ courseRequestThreshold: 10, subsidyCapCents: 300000 });
  });
  it('reads them from the environment and refuses values out of range', () => {
    expect(readSettings(new Env({ COURSE_REQUEST_THRESHOLD: '5', TRAINING_SUBSIDY_CAP_CENTS: '0' }))).toEqual({
      courseRequestThreshold: 5,
      subsidyCapCents: 0,
    });
    expect(() => readSettings(new Env({ COURSE_REQUEST_THRESHOLD: '0' }))).toThrow(/COURSE_REQUEST_THRESHOLD/);
    expect(() => readSettings(new Env({ TRAINING_SUBSIDY_CAP_CENTS: 'lots' }))).toThrow(/TRAINING_SUBSIDY_CAP_CENTS/);
  });
});
