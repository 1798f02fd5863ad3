/** Words for names that read like the field's (DESIGN.md §6), for generated benchmark rows. */

/** The seven networks of the report (DESIGN.md §1), with the weight of their reported counts. */
export const NETWORKS = [
  { key: 'groz', name: 'GROZ-fieldlabs en fieldlabs in spe', reportedCount: 10 },
  { key: 'jzojp', name: 'JZOJP-samenwerkingsverbanden (De juiste zorg op de juiste plek)', reportedCount: 44 },
  { key: 'aig', name: 'Regionetwerken van Alles is Gezondheid', reportedCount: 15 },
  { key: 'kavels', name: 'Kavels', reportedCount: 3 },
  { key: 'nza', name: 'Regionale experimenten', reportedCount: 7 },
  { key: 'gezondin', name: 'GezondIn-netwerken', reportedCount: 150 },
  { key: 'lpa', name: 'Lokale preventieakkoorden', reportedCount: 258 },
] as const;

export const NATIONAL_PARTIES = [
  'Alles is Gezondheid',
  'Pharos',
  'HealthKIC',
  'Health~Holland',
  'RIVM',
  'Nederland Zorgt Voor Elkaar',
  'NZa',
  'VNG',
  'ZonMw',
  'Ministerie van VWS',
  'Platform31',
];

export const INSURERS = ['Menzis', 'Zilveren Kruis', 'CZ', 'VGZ', 'DSW', 'ONVZ', 'Zorg en Zekerheid', 'ENO'];
export const ZORGKANTOREN = ['Noord', 'Oost', 'Midden', 'West', 'Zuid', 'Zuidwest', 'Noordwest', 'Zuidoost'].map((r) => `Zorgkantoor ${r}`);

/** Local party name prefixes per domain, with the domain's weight among local parties. */
export const LOCAL_DOMAINS: readonly (readonly [string, number, readonly string[]])[] = [
  ['care', 35, ['Huisartsenpraktijk', 'Thuiszorg', 'Zorggroep', 'Fysiotherapie', 'GGZ', 'Wijkverpleging', 'Apotheek', 'Ziekenhuis']],
  ['social', 25, ['Welzijn', 'Buurtteam', 'Sociaal Wijkteam', 'Vrijwilligerscentrale', 'Stichting Samen', 'Jongerenwerk']],
  ['citizens', 12, ['Bewonersplatform', 'Cliëntenraad', 'Seniorenvereniging', 'Wijkraad', 'Dorpsraad']],
  ['business', 12, ['Sportschool', 'Supermarkt', 'Bouwbedrijf', 'Woningcorporatie', 'Bedrijvenkring']],
  ['knowledge', 6, ['Hogeschool', 'Kenniscentrum', 'ROC', 'Academische Werkplaats']],
];

export const QUALIFIERS = [
  'Centrum',
  'Noord',
  'Zuid',
  'Oost',
  'West',
  'De Linde',
  'Het Anker',
  'De Brug',
  'Samen',
  'Plus',
  'Vitaal',
  'De Horst',
];

export const PARTNERSHIP_PREFIXES = [
  'Samen Gezond',
  'Vitaal',
  'Gezond',
  'Krachtig',
  'Zorg voor Elkaar',
  'Samen Sterk',
  'Gezonde Wijk',
  'Positief Gezond',
  'Welzijn op Recept',
  'Kansrijke Start',
  'Langer Thuis',
  'Fit',
];

export const THEMES = [
  'Leefstijl',
  'Valpreventie',
  'Eenzaamheid',
  'Kansrijke start',
  'Mentale gezondheid',
  'Armoede en schulden',
  'Ouderenzorg',
  'Jeugd',
  'Overgewicht',
  'Bewegen',
  'Roken en alcohol',
  'Dementie',
  'Wonen en zorg',
  'Arbeidsparticipatie',
  'Gezondheidsachterstanden',
  'Palliatieve zorg',
];

export const TABLE_KINDS = ['Regietafel', 'Gezondheidstafel', 'Bestuurlijk Overleg', 'Stuurgroep', 'Netwerktafel', 'Preventietafel'];
