// How many training samples a data config holds, read from the config alone (the app never loads image sets).
import type { DataConfig } from '../../../../shared/contract/config';
import { MNIST_TRAIN_PER_DIGIT } from '../../../../shared/engine/data/mnist';

/** Training samples of a data config, or null where only loading the data would tell (IDX files, the course's fixed set). */
export function trainSizeOf(data: DataConfig): number | null {
  switch (data.kind) {
    case 'mnist':
      return 10 * MNIST_TRAIN_PER_DIGIT;
    case 'csv':
      // a separate test file leaves every row for training; else the split holds out round(n · testFraction) rows
      return data.test ? data.x.length : data.x.length - Math.round(data.x.length * data.testFraction);
    case 'idx':
    case 'course-circles':
      return null;
    default:
      return data.nTrain;
  }
}
