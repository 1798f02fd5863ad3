export type Direction = 'left' | 'right' | 'up' | 'down';

export interface Point {
  id: string;
  x: number;
  y: number;
}

const VECTORS: Record<Direction, [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

export const ARROW_KEYS: Readonly<Record<string, Direction>> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };

/**
 * Keyboard moves on the graph: the nearest point in a direction, where being
 * off to the side costs twice as much as being far ahead. Null when nothing
 * lies that way.
 */
export function nearestInDirection(points: readonly Point[], from: Point, direction: Direction): string | null {
  const [dx, dy] = VECTORS[direction];
  let best: string | null = null;
  let bestCost = Infinity;
  for (const p of points) {
    if (p.id === from.id) continue;
    const ahead = (p.x - from.x) * dx + (p.y - from.y) * dy;
    if (ahead <= 0) continue;
    const aside = Math.abs((p.x - from.x) * dy - (p.y - from.y) * dx);
    const cost = ahead + 2 * aside;
    if (cost < bestCost) {
      bestCost = cost;
      best = p.id;
    }
  }
  return best;
}
