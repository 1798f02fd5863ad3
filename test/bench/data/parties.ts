import { Rng } from './random.js';
import { INSURERS, LOCAL_DOMAINS, NATIONAL_PARTIES, QUALIFIERS, ZORGKANTOREN } from './vocabulary.js';
import { pad, type World } from './world.js';

export interface PartyRow {
  id: string;
  name: string;
  domain: string;
  municipality: string | null;
}

/** The parties of a tier, with the pools partnerships and tables draw their members from. */
export interface Parties {
  rows: PartyRow[];
  /** Party indexes per place (local parties and the municipality itself). */
  byPlace: number[][];
  /** Party indexes per province. */
  byProvince: Map<string, number[]>;
  /** National parties, insurers and zorgkantoren: members of many partnerships. */
  hubs: number[];
  /** The national parties alone (the networks' coordinators). */
  national: number[];
}

/**
 * National parties, insurers, zorgkantoren and one municipality party per
 * place first; the rest are local parties in a place drawn by its weight.
 */
export function makeParties(count: number, world: World, seed: number): Parties {
  const rng = new Rng(seed, 1);
  const rows: PartyRow[] = [];
  const byPlace: number[][] = world.places.map(() => []);
  const byProvince = new Map<string, number[]>();
  const hubs: number[] = [];
  const national: number[] = [];
  const add = (name: string, domain: string, place: number | null) => {
    const index = rows.length;
    rows.push({ id: pad('pa', index + 1), name, domain, municipality: place === null ? null : world.places[place]!.code });
    if (place !== null) {
      byPlace[place]!.push(index);
      const province = world.places[place]!.province;
      if (!byProvince.has(province)) byProvince.set(province, []);
      byProvince.get(province)!.push(index);
    }
    return index;
  };
  for (const name of NATIONAL_PARTIES) national.push(add(name, 'national', null));
  hubs.push(...national);
  for (const name of INSURERS) hubs.push(add(name, 'financier-insurer', null));
  for (const name of ZORGKANTOREN) hubs.push(add(name, 'financier-zorgkantoor', null));
  world.places.forEach((p, i) => add(`Gemeente ${p.name}`, 'financier-municipality', i));
  const domains = LOCAL_DOMAINS.map(([domain, weight, prefixes]) => [{ domain, prefixes }, weight] as const);
  while (rows.length < count) {
    const place = rng.byCumulative(world.cumulative);
    const { domain, prefixes } = rng.weighted(domains);
    add(`${rng.pick(prefixes)} ${rng.pick(QUALIFIERS)} ${world.places[place]!.name}`, domain, place);
  }
  return { rows, byPlace, byProvince, hubs, national };
}
