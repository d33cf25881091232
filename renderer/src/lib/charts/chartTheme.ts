// Chart colours taken from the page's CSS variables, so charts follow the light/dark theme.

/** The colours a chart draws its frame with. */
export interface ChartColors {
  text: string;
  muted: string;
  grid: string;
  surface: string;
  gapFill: string;
  danger: string;
}

/** The light theme's chart colours, for exports that do not follow the page (the HTML report). */
export const LIGHT_CHART_COLORS: ChartColors = {
  text: '#1b1f24',
  muted: '#535b66',
  grid: 'rgba(0,0,0,0.08)',
  surface: '#ffffff',
  gapFill: 'rgba(213,94,0,0.12)',
  danger: '#b34700',
};

const FALLBACK = LIGHT_CHART_COLORS;

/** Reads the current theme's chart colours from CSS custom properties on the root element. */
export function readChartColors(): ChartColors {
  if (typeof document === 'undefined' || typeof getComputedStyle === 'undefined') return FALLBACK;
  const cs = getComputedStyle(document.documentElement);
  const v = (name: string, fb: string) => cs.getPropertyValue(name).trim() || fb;
  return {
    text: v('--text', FALLBACK.text),
    muted: v('--text-muted', FALLBACK.muted),
    grid: v('--grid', FALLBACK.grid),
    surface: v('--surface', FALLBACK.surface),
    gapFill: v('--gap-fill', FALLBACK.gapFill),
    danger: v('--danger', FALLBACK.danger),
  };
}
