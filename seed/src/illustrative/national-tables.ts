/**
 * National governance tables: where the national parties meet. Some pairs
 * seat nearly the same parties on the same theme, the duplication the report
 * calls netwerkdrukte ("Landelijke Preventietafel" and "Regieoverleg Lokale
 * Preventieakkoorden", the two JZOJP tables).
 */
export const NATIONAL_TABLES: { name: string; theme: string; convenedBy: string; seats: string[] }[] = [
  {
    name: 'Landelijke Stuurgroep Juiste Zorg op de Juiste Plek',
    theme: 'Zorg op de juiste plek',
    convenedBy: 'vws',
    seats: ['vws', 'zonmw', 'nza', 'zn', 'vng', 'lhv', 'ineen', 'actiz', 'patientenfederatie', 'rivm'],
  },
  {
    name: 'Bestuurlijk Overleg Juiste Zorg op de Juiste Plek',
    theme: 'Zorg op de juiste plek',
    convenedBy: 'zn',
    seats: ['vws', 'zonmw', 'nza', 'zn', 'vng', 'lhv', 'ineen', 'actiz', 'patientenfederatie', 'zorginstituut'],
  },
  {
    name: 'Landelijke Preventietafel',
    theme: 'Leefstijl',
    convenedBy: 'vws',
    seats: ['vws', 'vng', 'rivm', 'ggd-ghor', 'zn', 'trimbos', 'kenniscentrum-sport', 'pharos', 'sociaal-werk-nl'],
  },
  {
    name: 'Regieoverleg Lokale Preventieakkoorden',
    theme: 'Leefstijl',
    convenedBy: 'vng',
    seats: ['vng', 'vws', 'ggd-ghor', 'rivm', 'trimbos', 'kenniscentrum-sport', 'pharos', 'zn'],
  },
  {
    name: 'Kerngroep GezondIn',
    theme: 'Gezondheidsachterstanden',
    convenedBy: 'pharos',
    seats: ['pharos', 'platform31', 'vws', 'vng', 'movisie', 'ggd-ghor', 'sociaal-werk-nl'],
  },
  {
    name: "Kennisnetwerk DSV's",
    theme: 'Zorg op de juiste plek',
    convenedBy: 'zonmw',
    seats: ['zonmw', 'vws', 'rivm', 'alles-is-gezondheid', 'pharos', 'healthkic', 'health-holland', 'nzve', 'nza', 'vng', 'platform31'],
  },
  {
    name: 'Overleg Regionale Experimenten',
    theme: 'Zorg op de juiste plek',
    convenedBy: 'nza',
    seats: ['nza', 'vws', 'zn', 'zilveren-kruis', 'cz', 'vgz', 'menzis'],
  },
  {
    name: 'Stuurgroep GROZ',
    theme: 'Arbeid en gezondheid',
    convenedBy: 'health-holland',
    seats: ['health-holland', 'vws', 'zonmw', 'rivm', 'noaber', 'pggm'],
  },
  {
    name: 'Kaveloverleg',
    theme: 'Gezond opgroeien',
    convenedBy: 'healthkic',
    seats: ['healthkic', 'noaber', 'menzis', 'pggm', 'alles-is-gezondheid', 'bernard-van-leer', 'vws'],
  },
  {
    name: 'Netwerkoverleg Alles is Gezondheid',
    theme: 'Leefstijl',
    convenedBy: 'alles-is-gezondheid',
    seats: ['alles-is-gezondheid', 'vws', 'vng', 'zn', 'rivm', 'pharos', 'kenniscentrum-sport', 'movisie', 'vilans'],
  },
  {
    name: 'Landelijk Overleg Ouder Worden',
    theme: 'Ouderenzorg',
    convenedBy: 'vilans',
    seats: ['vilans', 'actiz', 'vws', 'zn', 'movisie', 'sociaal-werk-nl', 'patientenfederatie'],
  },
  {
    name: 'Taskforce Zorg en Sociaal Domein',
    theme: 'Zorg op de juiste plek',
    convenedBy: 'nzve',
    seats: ['nzve', 'vng', 'zn', 'sociaal-werk-nl', 'lhv', 'ineen', 'movisie'],
  },
  {
    name: 'Landelijk Overleg Gegevensuitwisseling Zorg en Welzijn',
    theme: 'Zorg op de juiste plek',
    convenedBy: 'nictiz',
    seats: ['nictiz', 'vws', 'zn', 'ineen', 'lhv', 'actiz', 'patientenfederatie'],
  },
  {
    name: 'Zorgverzekeraarsoverleg Preventie',
    theme: 'Leefstijl',
    convenedBy: 'zn',
    seats: ['zn', 'zilveren-kruis', 'cz', 'menzis', 'vgz', 'dsw', 'onvz', 'zorg-en-zekerheid', 'de-friesland', 'eno'],
  },
];
