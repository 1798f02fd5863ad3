/** The golden angle: consecutive points of a sunflower spiral never line up. */
export const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Point `i` of a sunflower spiral whose points lie about `spacing` apart: fills a disc evenly, from the centre out. */
export function sunflower(i: number, spacing: number): { x: number; y: number } {
  const r = spacing * Math.sqrt(i + 0.5);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}
