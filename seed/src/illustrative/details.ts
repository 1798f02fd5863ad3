import { describe } from './describe.js';
import { offset } from './geo.js';
import type { Partnership, PartnershipPlan } from './model.js';
import type { NetworkKey } from './networks.js';
import type { Random } from './random.js';
import { THEME_WEIGHTS, type Theme } from './themes.js';

type Weights<K extends string | number> = Record<K, number>;

const PHASES: Record<NetworkKey, Weights<number>> = {
  lpa: { 1: 30, 2: 40, 3: 25, 4: 5 },
  gezondin: { 1: 20, 2: 35, 3: 35, 4: 10 },
  jzojp: { 1: 5, 2: 30, 3: 45, 4: 20 },
  aig: { 2: 30, 3: 50, 4: 20 },
  nza: { 2: 30, 3: 50, 4: 20 },
  groz: { 1: 40, 2: 40, 3: 20 },
  kavels: { 1: 50, 2: 50 },
};
const START_YEARS: Record<NetworkKey, Weights<number>> = {
  // Counted in the report of end 2021, so started by then (later ones: dates.ts).
  lpa: { 2019: 3, 2020: 4, 2021: 5 },
  gezondin: { 2015: 1, 2016: 1, 2017: 2, 2018: 2, 2019: 3, 2020: 3, 2021: 2 },
  jzojp: { 2018: 2, 2019: 3, 2020: 3, 2021: 2 },
  aig: { 2015: 2, 2016: 2, 2017: 2, 2018: 2, 2019: 1, 2020: 1 },
  nza: { 2015: 2, 2016: 2, 2017: 1, 2018: 1, 2019: 1 },
  groz: { 2019: 1, 2020: 2, 2021: 2 },
  kavels: { 2020: 1, 2021: 1 },
};
const BOTTOM_UP: Record<NetworkKey, number> = { lpa: 0.35, gezondin: 0.7, jzojp: 0.5, aig: 0.5, nza: 0.3, groz: 0.5, kavels: 0.6 };
const FINANCING: Record<NetworkKey, Weights<'own' | 'external' | 'mixed'>> = {
  lpa: { own: 3, external: 3, mixed: 4 },
  gezondin: { own: 2, external: 5, mixed: 3 },
  jzojp: { own: 1, external: 6, mixed: 3 },
  aig: { own: 3, external: 3, mixed: 4 },
  nza: { own: 4, external: 2, mixed: 4 },
  groz: { own: 2, external: 4, mixed: 4 },
  kavels: { own: 1, external: 5, mixed: 4 },
};
const number = (weights: Weights<number>, random: Random) => Number(random.weightedKey(weights));
/** The report: citizens and businesses are "not always well connected"; JZOJP calls required citizens. */
const LACKS_CITIZENS: Record<NetworkKey, number> = { lpa: 0.3, gezondin: 0.08, jzojp: 0.12, aig: 0.2, nza: 0.35, groz: 0.2, kavels: 0 };
const LACKS_FINANCIER: Record<NetworkKey, number> = { lpa: 0, gezondin: 0.12, jzojp: 0.06, aig: 0.08, nza: 0, groz: 0.1, kavels: 0 };

/** Draws a plan's details. A few fields stay empty (unknown), as they do in real inventories. */
export function detail(plan: PartnershipPlan, id: string, random: Random): Partnership {
  const main = plan.networks[plan.networks.length - 1]!;
  const lead = plan.networks[0]!;
  const unknown = () => random.chance(0.05);
  const themes = plan.named?.themes ?? drawThemes(random, lead);
  const p: Partnership = {
    ...plan,
    id,
    themes,
    phase: plan.named?.phase ?? (unknown() ? null : number(PHASES[lead], random)),
    startYear: plan.named?.startYear ?? (unknown() ? null : number(START_YEARS[lead], random)),
    location: locate(plan, random),
    approach: random.chance(0.08) ? null : random.chance(BOTTOM_UP[lead]) ? 'bottom-up' : 'top-down',
    financing: random.chance(0.08) ? null : random.weightedKey(FINANCING[main]),
    website: random.chance(0.65) ? `https://example.org/dsv/${id}` : '',
    description: '',
    lacksCitizens: !plan.named && random.chance(Math.max(...plan.networks.map((n) => LACKS_CITIZENS[n]))),
    lacksFinancier: !plan.named && random.chance(Math.min(...plan.networks.map((n) => LACKS_FINANCIER[n]))),
  };
  p.description = describe(p);
  return p;
}

function drawThemes(random: Random, network: NetworkKey): Theme[] {
  const options = Object.entries(THEME_WEIGHTS[network]) as [Theme, number][];
  const count = number({ 1: 3, 2: 5, 3: 2 }, random);
  const themes: Theme[] = [];
  while (themes.length < Math.min(count, options.length)) {
    const t = random.weighted(options.filter(([name]) => !themes.includes(name)));
    themes.push(t);
  }
  return themes;
}

/**
 * Most partnerships have their own position near their base; about one in
 * seven has none, so the import places it at the centroid of its
 * municipalities. Wijk networks sit a little away from the city's seat.
 */
function locate(plan: PartnershipPlan, random: Random): { lat: number; lon: number } | null {
  if (plan.named) return plan.named.located ? offset(plan.at, 0.3, 0) : null;
  if (random.chance(0.15)) return null;
  const km = plan.scope === 'wijk' ? 0.8 + random.float() * 1.7 : random.float() * 1.2;
  return offset(plan.at, km, random.float() * 2 * Math.PI);
}
