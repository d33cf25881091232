import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { COURSE_TEST_X, COURSE_TEST_Y, COURSE_TRAIN_X, COURSE_TRAIN_Y } from '../../../shared/engine/data/course-circles';

const golden = JSON.parse(readFileSync(new URL('../../fixtures/course-golden.json', import.meta.url), 'utf8'));

describe('course circles', () => {
  it('ships the 300 training points bit for bit as the course has them', () => {
    expect(COURSE_TRAIN_X.length).toBe(300);
    COURSE_TRAIN_X.forEach(([a, b], i) => {
      expect(a).toBe(golden.train_X[0][i]);
      expect(b).toBe(golden.train_X[1][i]);
    });
    expect(COURSE_TRAIN_Y).toEqual(golden.train_Y[0]);
  });

  it('ships the 100 test points bit for bit as the course has them', () => {
    expect(COURSE_TEST_X.length).toBe(100);
    COURSE_TEST_X.forEach(([a, b], i) => {
      expect(a).toBe(golden.test_X[0][i]);
      expect(b).toBe(golden.test_X[1][i]);
    });
    expect(COURSE_TEST_Y).toEqual(golden.test_Y[0]);
  });
});
