/**
 * Network colours: the Okabe–Ito palette, which stays apart for the common
 * kinds of colour blindness. Every marker also has a dark outline, so it keeps
 * 3:1 contrast against the grey base map whatever its fill (WCAG 1.4.11).
 */
const FIXED: Readonly<Record<string, string>> = {
  lpa: '#0072B2',
  gezondin: '#E69F00',
  jzojp: '#009E73',
  aig: '#CC79A7',
  groz: '#D55E00',
  nza: '#56B4E9',
  kavels: '#F0E442',
};

const SPARE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#D55E00', '#56B4E9', '#F0E442', '#8C564B', '#7F7F7F'];

/** Used when more networks exist than colours. */
export const OTHER_COLOR = '#999999';

/** The outline of every marker and the text colour on badges. */
export const OUTLINE_COLOR = '#1f2933';

export type NetworkPalette = ReadonlyMap<string, string>;

/**
 * A colour per network key: the report's seven networks keep a fixed colour;
 * any other key (an import with its own networks) takes the next free one.
 */
export function networkPalette(keys: readonly string[]): NetworkPalette {
  const palette = new Map<string, string>();
  const taken = new Set<string>();
  for (const key of keys) {
    const fixed = FIXED[key];
    if (fixed) {
      palette.set(key, fixed);
      taken.add(fixed);
    }
  }
  const spare = SPARE.filter((c) => !taken.has(c));
  for (const key of [...keys].sort()) {
    if (!palette.has(key)) palette.set(key, spare.shift() ?? OTHER_COLOR);
  }
  return palette;
}

export function colorOf(palette: NetworkPalette, key: string): string {
  return palette.get(key) ?? OTHER_COLOR;
}

/**
 * A CSS background that shows each network as an equal or weighted slice:
 * one colour for one network, a conic "pie" for several.
 */
export function pieBackground(palette: NetworkPalette, slices: readonly { key: string; weight: number }[]): string {
  const total = slices.reduce((sum, s) => sum + s.weight, 0);
  if (slices.length === 0 || total === 0) return OTHER_COLOR;
  if (slices.length === 1) return colorOf(palette, slices[0]!.key);
  let start = 0;
  const stops = slices.map((s) => {
    const end = start + (s.weight / total) * 360;
    const stop = `${colorOf(palette, s.key)} ${start.toFixed(1)}deg ${end.toFixed(1)}deg`;
    start = end;
    return stop;
  });
  return `conic-gradient(${stops.join(', ')})`;
}
