// One chart.js chart bound to a canvas: built from a reactive config builder, updated in place, destroyed with its scope.
import { Chart, type ChartConfiguration } from 'chart.js';
import { onMounted, onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { ensureChartSetup } from '../lib/charts/chartSetup';

/** Options of useChart. */
export interface UseChartOptions {
  canvas: Ref<HTMLCanvasElement | null>;
  /** Builds a fresh configuration from plain data; re-run whenever its reactive inputs change. */
  build: () => ChartConfiguration;
}

/** What useChart returns. */
export interface UseChartReturn {
  chart: ShallowRef<Chart | null>;
  resetZoom(): void;
  zoom(factor: number): void;
}

/** Creates the chart on mount, applies new configs without recreating it (keeping the zoom), destroys it on dispose. */
export function useChart(options: UseChartOptions): UseChartReturn {
  ensureChartSetup();
  const chart = shallowRef<Chart | null>(null);
  let pending: ChartConfiguration | null = null;
  let frame = 0;

  const create = (cfg: ChartConfiguration) => {
    const el = options.canvas.value;
    // without a 2D context (a document with no canvas support) there is nothing to draw on
    if (!el || !el.getContext('2d')) return;
    chart.value?.destroy();
    chart.value = new Chart(el, cfg);
  };

  const apply = (cfg: ChartConfiguration) => {
    const c = chart.value;
    if (!c || (c.config as { type?: string }).type !== cfg.type) return create(cfg);
    const zoomed = c.isZoomedOrPanned?.() ? c.getZoomedScaleBounds?.() : null;
    c.data = cfg.data;
    c.options = cfg.options ?? {};
    // chart.js reads inline plugins only at creation; swap them in place so closures over new data
    // (shaded bands, the theme's background) are the ones that draw — update() rebuilds their cache
    const local = (c.config as { plugins?: unknown[] }).plugins;
    if (local && cfg.plugins) local.splice(0, local.length, ...cfg.plugins);
    c.update('none');
    if (zoomed) {
      for (const [id, range] of Object.entries(zoomed)) {
        if (range) c.zoomScale(id, range, 'none');
      }
    }
  };

  const schedule = (cfg: ChartConfiguration) => {
    pending = cfg;
    if (frame) return;
    const run = () => {
      frame = 0;
      if (pending) apply(pending);
      pending = null;
    };
    frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(run) : (setTimeout(run, 16) as unknown as number);
  };

  onMounted(() => {
    create(options.build());
    watch(options.build, (cfg) => schedule(cfg));
  });
  onScopeDispose(() => {
    if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
    chart.value?.destroy();
    chart.value = null;
  });

  return {
    chart,
    resetZoom: () => chart.value?.resetZoom?.(),
    zoom: (factor: number) => chart.value?.zoom?.(factor),
  };
}
