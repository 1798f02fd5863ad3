/** One class of the graduated circles: values from `min` to `max` get `radius` px. */
export interface CrowdingClass {
  min: number;
  max: number;
  radius: number;
}

const RADII = [5, 8, 12, 17, 23];

/**
 * Up to five classes by quantile of the positive values, each a whole-number
 * range; zero gets no circle. Quantiles, because crowding is very skewed (a
 * few cities, many quiet municipalities): equal ranges would put almost all in one class.
 */
export function crowdingClasses(values: readonly number[]): CrowdingClass[] {
  const sorted = values.filter((v) => v > 0).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const uppers: number[] = [];
  for (let i = 1; i <= RADII.length; i++) {
    const upper = sorted[Math.min(sorted.length - 1, Math.ceil((i / RADII.length) * sorted.length) - 1)]!;
    if (uppers.length === 0 || upper > uppers[uppers.length - 1]!) uppers.push(upper);
  }
  const radii = RADII.slice(RADII.length - uppers.length);
  let min = sorted[0]!;
  return uppers.map((max, i) => {
    const range = { min, max, radius: radii[i]! };
    min = max + 1;
    return range;
  });
}

/** The class a value falls in; null for zero or less (no circle). */
export function classOf(classes: readonly CrowdingClass[], value: number): CrowdingClass | null {
  if (value <= 0) return null;
  return classes.find((c) => value <= c.max) ?? classes[classes.length - 1] ?? null;
}
