import { classOf, crowdingClasses } from './crowdingClasses';

/**
 * ColorBrewer YlGnBu, 5 classes: sequential, readable with the common forms
 * of colour blindness and in greyscale (light = quiet, dark = crowded).
 */
export const CHOROPLETH_COLOURS = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
/** A value of 0: data, but nothing there. */
export const ZERO_COLOUR = '#f2f2f2';

/** One class of the choropleth: values from `min` to `max` get `colour`. */
export interface ChoroplethClass {
  min: number;
  max: number;
  colour: string;
}

/**
 * Up to five classes by quantile of the positive values (crowding is very
 * skewed: a few cities, many quiet municipalities), the darkest for the
 * highest; fewer distinct values give fewer classes, from the dark end.
 */
export function choroplethClasses(values: readonly number[]): ChoroplethClass[] {
  const ranges = crowdingClasses(values);
  const colours = CHOROPLETH_COLOURS.slice(CHOROPLETH_COLOURS.length - ranges.length);
  return ranges.map((r, i) => ({ min: r.min, max: r.max, colour: colours[i]! }));
}

/** The fill of a value: its class colour, ZERO_COLOUR for 0, null for no data. */
export function fillOf(classes: readonly ChoroplethClass[], value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (value <= 0) return ZERO_COLOUR;
  const found = classOf(
    classes.map((c) => ({ ...c, radius: 0 })),
    value,
  );
  return found ? (classes.find((c) => c.min === found.min)?.colour ?? null) : null;
}
