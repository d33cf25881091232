// The course's data set as a Dataset: the shipped points, train and test exactly as the course has them.
import type { Dataset } from '../types';
import { COURSE_TEST_X, COURSE_TEST_Y, COURSE_TRAIN_X, COURSE_TRAIN_Y } from './course-circles';
import { defineDataset } from './define';

/** The course's two noisy circles: 300 training and 100 test points, bit for bit. */
export function courseDataset(): Dataset<Float64Array> {
  return {
    name: 'course-circles',
    featureNames: ['x1', 'x2'],
    classes: ['0', '1'],
    nFeatures: 2,
    nTrain: COURSE_TRAIN_X.length,
    nTest: COURSE_TEST_X.length,
    xTrain: Float64Array.from(COURSE_TRAIN_X.flat()),
    yTrain: Float64Array.from(COURSE_TRAIN_Y),
    xTest: Float64Array.from(COURSE_TEST_X.flat()),
    yTest: Float64Array.from(COURSE_TEST_Y),
  };
}

/** Registry entry of the course's data set (shipped, never regenerated). */
export const courseCircles = defineDataset({
  label: 'Course circles',
  description: "The course's two noisy circles (300 training, 100 test points), exactly as the course ships them.",
  source: 'shipped',
});
