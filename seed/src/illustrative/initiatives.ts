import { shortName } from './geo.js';
import { IdPool, slug, type Partnership } from './model.js';
import type { Random } from './random.js';
import { INITIATIVES } from './themes.js';

export interface Initiative {
  id: string;
  name: string;
  partnershipId: string;
  scalingStatus: string;
}

type Status = 'scaled' | 'scaling' | 'wish' | 'potential' | 'none';

/** Later phases have more initiatives that spread beyond where they began (the report: some are embedded, "behoefte aan opschaling"). */
const STATUS_BY_PHASE: Record<number, Partial<Record<Status, number>>> = {
  1: { none: 5, potential: 3, wish: 3, scaling: 1 },
  2: { none: 4, potential: 3, wish: 3, scaling: 2, scaled: 1 },
  3: { none: 2, potential: 2, wish: 3, scaling: 3, scaled: 2 },
  4: { none: 1, potential: 1, wish: 2, scaling: 3, scaled: 4 },
};

export function initiatives(partnerships: Partnership[], random: Random): Initiative[] {
  const ids = new IdPool();
  return partnerships.flatMap((p) => {
    const regional = p.scope === 'regional';
    if (!random.chance(regional ? 0.9 : 0.55)) return [];
    const place = p.scope === 'municipal' ? shortName(p.at) : (p.area ?? shortName(p.at));
    const options = [...new Set(p.themes.flatMap((t) => INITIATIVES[t]))];
    const names = random.sample(options, regional ? random.int(2, 4) : random.int(1, 2)).map((n) => n.replace('{plaats}', place));
    return names.map((name) => ({
      id: ids.take(`${p.id}--${slug(name)}`),
      name,
      partnershipId: p.id,
      // Some records do not say how far an initiative has spread.
      scalingStatus: random.chance(0.05) ? '' : random.weightedKey(STATUS_BY_PHASE[p.phase ?? 2]!),
    }));
  });
}
