import type { NetworkKey } from './networks.js';
import type { Random } from './random.js';

/** Name patterns partnerships give themselves; `{}` is the place, region or wijk. */
const PATTERNS: Record<string, string[]> = {
  lpa: [
    'Lokaal Preventieakkoord {}',
    'Preventieakkoord {}',
    'Preventieakkoord {}',
    'Samen Gezond {}',
    'Gezond Leven {}',
    '{} Gezond',
    'Gezond {}',
    '{} Vitaal',
    'Vitaal {}',
    '{} Beweegt',
    'Gezonde Gemeente {}',
    'Positief Gezond {}',
    'Gezond in {}',
    '{} Gezond & Wel',
    'Preventiecoalitie {}',
  ],
  'gezondin-town': [
    'GezondIn {}',
    'Samen Gezond {}',
    'Gezond Leven {}',
    'Kansrijk {}',
    '{} Samen Sterk',
    'Gezonde Toekomst {}',
    'Gezond {}',
  ],
  gezondin: [
    'GezondIn {}',
    'Samen Gezond {}',
    'Gezonde Wijk {}',
    'Wijknetwerk Gezond {}',
    '{} Gezond',
    'Vitaal {}',
    'Buurtnetwerk {}',
    '{} Samen Sterk',
    'Gezond Leven in {}',
    'Kansrijk {}',
  ],
  jzojp: [
    'Juiste Zorg {}',
    'Samen Gezond {}',
    'Zorgzaam {}',
    'Zorgnetwerk {}',
    'Vitaal {}',
    '{} Gezond',
    'Gezondheidsalliantie {}',
    'Samen Zorgen {}',
    'Gezond Ouder Worden {}',
    'Zorg Dichtbij {}',
    'Positief Gezond {}',
    'Coalitie Zorg & Welzijn {}',
    'Regionaal Zorgnetwerk {}',
  ],
  aig: ['Regionetwerk Gezond {}', '{} Gezond & Wel', 'Gezonde Regio {}', 'Alliantie Gezond {}', 'Gezond {}', 'Netwerk Gezondheid {}'],
  nza: ['Regio-experiment {}', 'Populatiegericht werken {}', 'Anders Bekostigen {}', 'Zorg Anders {}'],
  'groz-dam': ['GROZzterdam {}'],
  'groz-spe': ['Fieldlab {}', 'Fieldlab Gezond {}', 'Fieldlab Vitaal {}'],
  kavels: ['Kavel Gezond {}', 'Kavel {}'],
  'kavels-spe': ['Kavel {} (in spe)', 'Kavel Gezond {} (in spe)'],
};

export type NameKind = NetworkKey | 'groz-dam' | 'groz-spe' | 'kavels-spe' | 'gezondin-town';

/**
 * A name not yet taken, from the patterns of `kind` (falling back to the
 * patterns of the other kinds given), so every partnership has its own name.
 */
export function uniqueName(random: Random, taken: Set<string>, place: string, ...kinds: NameKind[]): string {
  for (const kind of kinds) {
    for (const pattern of random.shuffle(PATTERNS[kind] ?? [])) {
      const name = pattern.replace('{}', place);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  }
  throw new Error(`illustrative data: no free name for "${place}" among ${kinds.join(', ')}`);
}
