/**
 * Colours and type for charts, set as SVG attributes so that an exported SVG
 * or PNG looks like the page. Every colour has at least 3:1 contrast against
 * white (WCAG 1.4.11), text at least 4.5:1.
 */
export const CHART = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  fontSize: 12,
  text: '#1f2933',
  muted: '#4b5563',
  bar: '#1b4f8a',
  setBar: '#4b5563',
  dotOn: '#1f2933',
  dotOff: '#d1d5db',
  grid: '#e5e7eb',
  /** Heat scale of the Jaccard matrix: from nearly white to the brand blue. */
  heatLow: '#f0f4fa',
  heatHigh: '#1b4f8a',
  empty: '#f3f4f6',
} as const;

/** The attributes of chart text: the page's font, size and colour. */
export const CHART_TEXT = { fontFamily: CHART.font, fontSize: CHART.fontSize, fill: CHART.text } as const;
