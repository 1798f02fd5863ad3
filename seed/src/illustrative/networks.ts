/**
 * The report's network table (DESIGN.md §1), reproduced exactly: `count` is
 * how many illustrative partnerships belong to each network, and equals the
 * number the report gives for end 2021.
 */
export const NETWORKS = [
  { key: 'groz', name: 'GROZ-fieldlabs en fieldlabs in spe', count: 10, coordinators: ['health-holland'] },
  { key: 'jzojp', name: 'JZOJP-samenwerkingsverbanden (De juiste zorg op de juiste plek)', count: 44, coordinators: ['zonmw'] },
  { key: 'aig', name: 'Regionetwerken van Alles is Gezondheid', count: 15, coordinators: ['alles-is-gezondheid'] },
  { key: 'kavels', name: 'Kavels', count: 3, coordinators: ['healthkic'] },
  { key: 'nza', name: 'Regionale experimenten', count: 7, coordinators: ['nza'] },
  { key: 'gezondin', name: 'GezondIn-netwerken', count: 150, coordinators: ['pharos', 'platform31'] },
  { key: 'lpa', name: 'Lokale preventieakkoorden', count: 258, coordinators: ['vng'] },
] as const;

export type NetworkKey = (typeof NETWORKS)[number]['key'];

/** The parties HealthKIC's kavels are facilitated by (DESIGN.md §1). */
export const KAVEL_FACILITATORS = ['noaber', 'menzis', 'pggm', 'alles-is-gezondheid', 'bernard-van-leer', 'vws'] as const;
