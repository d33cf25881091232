// Registers the chart.js pieces the app uses, once (tree-shaken rather than chart.js/auto).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  ScatterController,
  Tooltip,
} from 'chart.js';
import zoomPlugin from 'chartjs-plugin-zoom';

let registered = false;

/** Registers controllers, scales, elements and plugins with chart.js; safe to call many times. */
export function ensureChartSetup(): void {
  if (registered) return;
  Chart.register(
    LineController,
    LineElement,
    PointElement,
    ScatterController,
    BarController,
    BarElement,
    LinearScale,
    LogarithmicScale,
    CategoryScale,
    Filler,
    Legend,
    Tooltip,
    zoomPlugin,
  );
  registered = true;
}
