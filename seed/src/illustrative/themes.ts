import type { NetworkKey } from './networks.js';

export const THEMES = [
  'Gezond opgroeien',
  'Valpreventie',
  'Mentale gezondheid',
  'Eenzaamheid',
  'Leefstijl',
  'Gezondheidsachterstanden',
  'Ouderenzorg',
  'Arbeid en gezondheid',
  'Overgewicht',
  'Zorg op de juiste plek',
  'Armoede en schulden',
  'Middelengebruik',
] as const;
export type Theme = (typeof THEMES)[number];

/** What each network's partnerships tend to work on (weights, not rules). */
export const THEME_WEIGHTS: Record<NetworkKey, Partial<Record<Theme, number>>> = {
  lpa: {
    Leefstijl: 5,
    Overgewicht: 4,
    'Gezond opgroeien': 4,
    'Mentale gezondheid': 3,
    Middelengebruik: 3,
    Eenzaamheid: 2,
    Valpreventie: 2,
  },
  gezondin: {
    Gezondheidsachterstanden: 8,
    'Armoede en schulden': 4,
    'Gezond opgroeien': 3,
    Leefstijl: 2,
    'Mentale gezondheid': 2,
    Eenzaamheid: 2,
  },
  jzojp: { 'Zorg op de juiste plek': 8, Ouderenzorg: 5, 'Mentale gezondheid': 3, Valpreventie: 2, Eenzaamheid: 2 },
  aig: { Leefstijl: 4, Gezondheidsachterstanden: 3, 'Arbeid en gezondheid': 3, 'Zorg op de juiste plek': 2, 'Mentale gezondheid': 2 },
  nza: { 'Zorg op de juiste plek': 8, Ouderenzorg: 3, 'Mentale gezondheid': 2 },
  groz: { Leefstijl: 5, 'Arbeid en gezondheid': 4, 'Zorg op de juiste plek': 3, Gezondheidsachterstanden: 2 },
  kavels: { 'Gezond opgroeien': 6, Gezondheidsachterstanden: 4, Leefstijl: 2 },
};

/** Initiatives partnerships run, per theme; "{plaats}" is the partnership's place. */
export const INITIATIVES: Record<Theme, string[]> = {
  'Gezond opgroeien': [
    'Kansrijke Start {plaats}',
    'Gezonde Schoolpleinen',
    'Opvoedsteunpunt in de wijk',
    'Gezonde kinderopvang',
    'Zwemvaardigheid voor ieder kind',
  ],
  Valpreventie: [
    'Valpreventiecursus In Balans',
    'Valrisico-screening bij de huisarts',
    'Veilig thuis ouder worden',
    'Beweegroute voor senioren',
  ],
  'Mentale gezondheid': [
    'Mentaal Fit op school',
    'Samen Sterk Zonder Stress',
    'Praatcafé mentale gezondheid',
    'GGZ-consulent in de huisartsenpraktijk',
  ],
  Eenzaamheid: ['Week tegen Eenzaamheid {plaats}', 'Maatjesproject', 'Huiskamer van de wijk', 'Buurtcirkels'],
  Leefstijl: [
    'Gecombineerde leefstijlinterventie',
    'Beweegmaatje',
    'Rookvrije generatie {plaats}',
    'Welzijn op Recept',
    'Buurtsportcoach voor volwassenen',
  ],
  Gezondheidsachterstanden: [
    'Gezondheidsvaardigheden in de spreekkamer',
    'Sociaal-medisch wijkoverleg',
    'Huisbezoeken door wijkgezondheidswerkers',
    'Positieve Gezondheid in de wijk',
  ],
  Ouderenzorg: ['Dorpsondersteuner', 'Zorgcoördinatie kwetsbare ouderen', 'Anderhalvelijnszorg voor ouderen', 'Langer thuis in {plaats}'],
  'Arbeid en gezondheid': [
    'Vitaal werken in het mkb',
    'Gezond aan het werk',
    'Leerwerkplekken in zorg en welzijn',
    'Werkgeversaanpak vitaliteit',
  ],
  Overgewicht: [
    'Centrale zorgverlener voor kinderen met overgewicht',
    'Water drinken op school',
    'Gezonde sportkantine',
    'Kookcursus in de wijk',
  ],
  'Zorg op de juiste plek': [
    'Informatie-uitwisseling in de acute zorg',
    'Regionaal zorgcoördinatiecentrum',
    'Transmuraal zorgpad COPD',
    'Zorg thuis met telemonitoring',
    'Wijkverpleging en huisarts samen',
  ],
  'Armoede en schulden': [
    'Vroegsignalering schulden',
    'Geldzorgen bespreekbaar in de spreekkamer',
    'Buurtwinkel en voedselhulp',
    'Armoedepact {plaats}',
  ],
  Middelengebruik: [
    'Regionaal Rookvrij',
    'Alcoholpreventie in de sportkantine',
    'Stoppen-met-rokenpoli',
    'Preventie op festivals en evenementen',
  ],
};
