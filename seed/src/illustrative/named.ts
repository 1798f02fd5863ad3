import { inProvince, municipality } from './geo.js';
import type { PartnershipPlan } from './model.js';
import { region } from './regions.js';

const REPORT = 'Genoemd in de verkenning domeinoverstijgende samenwerkingsverbanden (ZonMw, 2022); verdere gegevens zijn illustratief.';

/** The partnerships the 2022 report names, in the regions they work in. */
export function namedPartnerships(): PartnershipPlan[] {
  const m = (names: string[]) => names.map(municipality);
  return [
    {
      name: 'GROZzerdammen Vitaal in Brainport',
      networks: ['groz', 'nza'],
      scope: 'regional',
      at: municipality('Eindhoven'),
      places: m([
        'Eindhoven',
        'Helmond',
        'Geldrop-Mierlo',
        'Nuenen, Gerwen en Nederwetten',
        'Veldhoven',
        'Best',
        'Son en Breugel',
        'Waalre',
      ]),
      area: 'Brainport',
      named: {
        themes: ['Leefstijl', 'Arbeid en gezondheid', 'Zorg op de juiste plek'],
        phase: 3,
        startYear: 2019,
        located: true,
        note: REPORT,
      },
    },
    {
      name: 'Fieldlab Deventer',
      networks: ['groz'],
      scope: 'municipal',
      at: municipality('Deventer'),
      places: m(['Deventer']),
      named: { themes: ['Gezondheidsachterstanden', 'Leefstijl'], phase: 2, startYear: 2020, located: true, note: REPORT },
    },
    {
      name: 'Kavel 8RHK gezond',
      networks: ['kavels'],
      scope: 'regional',
      at: municipality('Doetinchem'),
      // The eight Achterhoek municipalities ("8RHK").
      places: m(['Aalten', 'Berkelland', 'Bronckhorst', 'Doetinchem', 'Montferland', 'Oost Gelre', 'Oude IJsselstreek', 'Winterswijk']),
      area: 'Achterhoek',
      // No own position: it is drawn at the centroid of its municipalities.
      named: { themes: ['Gezond opgroeien', 'Gezondheidsachterstanden'], phase: 2, startYear: 2020, located: false, note: REPORT },
    },
    {
      name: 'Fieldlab Noordoost-Friesland',
      networks: ['groz'],
      scope: 'regional',
      at: municipality('Noardeast-Fryslân'),
      places: m(['Noardeast-Fryslân', 'Dantumadiel', 'Achtkarspelen', 'Tytsjerksteradiel']),
      area: 'Noordoost-Friesland',
      named: { themes: ['Leefstijl', 'Arbeid en gezondheid'], phase: 2, startYear: 2020, located: true, note: REPORT },
    },
    {
      name: 'Zeeuwse Zorg Coalitie',
      networks: ['groz', 'jzojp', 'nza'],
      scope: 'regional',
      at: municipality('Goes'),
      places: inProvince('Zeeland'),
      area: 'Zeeland',
      named: { themes: ['Zorg op de juiste plek', 'Ouderenzorg'], phase: 3, startYear: 2018, located: true, note: REPORT },
    },
    {
      // The report names the network but not its region; placed in Rivierenland for illustration only.
      name: 'VeIR netwerk',
      networks: ['jzojp', 'aig'],
      scope: 'regional',
      at: region('Rivierenland').at,
      places: region('Rivierenland').municipalities,
      area: 'Rivierenland',
      named: {
        themes: ['Ouderenzorg', 'Zorg op de juiste plek'],
        phase: 2,
        startYear: 2019,
        located: true,
        note: `${REPORT} De regio is hier aangenomen.`,
      },
    },
  ];
}
