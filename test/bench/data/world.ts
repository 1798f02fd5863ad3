import { municipalities } from '@dsv/seed';
import { Rng } from './random.js';

export interface Place {
  code: string;
  name: string;
  province: string;
  lat: number;
  lon: number;
}

/** The 342 municipalities, with weights that make a few places crowded and leave a long tail. */
export interface World {
  places: Place[];
  /** Running sums of the places' weights, for `Rng.byCumulative`. */
  cumulative: number[];
  /** Place indexes per province. */
  byProvince: Map<string, number[]>;
}

export function makeWorld(seed: number): World {
  const rng = new Rng(seed, 0);
  const places = municipalities().map(({ code, name, province, lat, lon }) => ({ code, name, province, lat, lon }));
  // A seeded rank per place; weight ∝ 1/rank^0.8 (roughly how DSVs cluster in the cities).
  const order = places.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const weight = new Array<number>(places.length);
  order.forEach((place, rank) => (weight[place] = 1 / Math.pow(rank + 1, 0.8)));
  let sum = 0;
  const cumulative = weight.map((w) => (sum += w));
  const byProvince = new Map<string, number[]>();
  places.forEach((p, i) => {
    if (!byProvince.has(p.province)) byProvince.set(p.province, []);
    byProvince.get(p.province)!.push(i);
  });
  return { places, cumulative, byProvince };
}

export const pad = (prefix: string, n: number) => `${prefix}-${String(n).padStart(6, '0')}`;
