/**
 * A diverging choropleth for changes (after − before): ColorBrewer RdBu, 7
 * classes, blue for less, red for more, a neutral grey-white for no change.
 * Readable with the common forms of colour blindness.
 */
export const DIVERGING_COLOURS = {
  less: ['#2166ac', '#67a9cf', '#d1e5f0'],
  none: '#f7f7f7',
  more: ['#fddbc7', '#ef8a62', '#b2182b'],
} as const;

/** One class: changes from `min` to `max` (whole numbers) get `colour`. */
export interface DivergingClass {
  min: number;
  max: number;
  colour: string;
}

/** Up to three upper bounds by quantile of the sizes (> 0), each higher than the last. */
function bounds(sizes: readonly number[]): number[] {
  const sorted = [...sizes].sort((a, b) => a - b);
  const uppers: number[] = [];
  for (let i = 1; i <= 3 && sorted.length > 0; i++) {
    const upper = sorted[Math.min(sorted.length - 1, Math.ceil((i / 3) * sorted.length) - 1)]!;
    if (uppers.length === 0 || upper > uppers[uppers.length - 1]!) uppers.push(upper);
  }
  return uppers;
}

/**
 * Classes on one scale for both sides: the quantiles of the sizes of every
 * change (|delta| > 0), mirrored, so the same colour strength means the same
 * size of change up or down. Ordered from the largest decrease to the largest
 * increase, with 0 as a class of its own.
 */
export function divergingClasses(deltas: readonly number[]): DivergingClass[] {
  const uppers = bounds(deltas.filter((d) => d !== 0).map(Math.abs));
  const ranges = uppers.map((max, i) => ({ min: i === 0 ? 1 : uppers[i - 1]! + 1, max }));
  // Fewer classes take the stronger colours (as the sequential choropleth does), so a small change still shows.
  const skip = 3 - ranges.length;
  const more = ranges.map((r, i) => ({ min: r.min, max: r.max, colour: DIVERGING_COLOURS.more[skip + i]! }));
  const less = ranges.map((r, i) => ({ min: -r.max, max: -r.min, colour: DIVERGING_COLOURS.less[2 - skip - i]! })).reverse();
  return [...less, { min: 0, max: 0, colour: DIVERGING_COLOURS.none }, ...more];
}

/** The fill of a change: its class colour; null for no data. */
export function divergingFill(classes: readonly DivergingClass[], delta: number | null | undefined): string | null {
  if (delta === null || delta === undefined) return null;
  const found = classes.find((c) => delta >= c.min && delta <= c.max);
  if (found) return found.colour;
  return delta > 0 ? (classes[classes.length - 1]?.colour ?? null) : (classes[0]?.colour ?? null);
}
