import { describe, expect, it } from 'vitest';
import { interiorPoint } from './interior.js';

// A U-shaped municipality around 52°N: its centroid lies in the gap between the arms.
const U = [
  [
    [5.0, 52.0],
    [5.3, 52.0],
    [5.3, 52.2],
    [5.2, 52.2],
    [5.2, 52.05],
    [5.1, 52.05],
    [5.1, 52.2],
    [5.0, 52.2],
    [5.0, 52.0],
  ],
];

function inside([lon, lat]: [number, number], ring: number[][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) result = !result;
  }
  return result;
}

describe('interior point of a municipality boundary', () => {
  it('lies inside a concave polygon whose centroid does not', () => {
    const { lat, lon } = interiorPoint([U]);
    expect(inside([5.15, 52.12], U[0]!)).toBe(false);
    expect(inside([lon, lat], U[0]!)).toBe(true);
  });

  it('takes the largest part of a municipality with islands', () => {
    const island = [
      [
        [4.0, 53.0],
        [4.01, 53.0],
        [4.01, 53.01],
        [4.0, 53.0],
      ],
    ];
    const { lat, lon } = interiorPoint([island, U]);
    expect(inside([lon, lat], U[0]!)).toBe(true);
  });
});
