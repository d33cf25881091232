// How charts are read, shared by every chart on the page: smoothing and the x-axis unit.
import { reactive, readonly } from 'vue';

/** The x-axis unit of training curves. */
export type XAxisUnit = 'iteration' | 'epoch';

/** The default EMA weight: TensorBoard's, enough to read a mini-batch cost through its noise. */
export const DEFAULT_SMOOTHING = 0.6;

/** Settings every training curve obeys. */
export interface ChartSettings {
  /** EMA weight in [0, 0.99] for mini-batch cost curves (full-batch ones have no noise to smooth); 0 shows the raw curve alone. */
  smoothing: number;
  xAxis: XAxisUnit;
}

const state = reactive<ChartSettings>({ smoothing: DEFAULT_SMOOTHING, xAxis: 'iteration' });

/** The shared chart settings and their setters. */
export function useChartSettings() {
  return {
    settings: readonly(state),
    setSmoothing(v: number) {
      state.smoothing = Math.min(0.99, Math.max(0, Number.isFinite(v) ? v : 0));
    },
    setXAxis(v: XAxisUnit) {
      state.xAxis = v;
    },
  };
}
