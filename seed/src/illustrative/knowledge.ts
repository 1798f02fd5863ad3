import type { Municipality } from '../gazetteer/index.js';
import { municipality } from './geo.js';

/** Universities and universities of applied sciences, by their main seat. */
export const KNOWLEDGE_INSTITUTES: { id: string; name: string; at: Municipality }[] = [
  ['fontys', 'Fontys Hogescholen', 'Eindhoven'],
  ['saxion', 'Saxion Hogeschool', 'Enschede'],
  ['windesheim', 'Hogeschool Windesheim', 'Zwolle'],
  ['hanze', 'Hanzehogeschool Groningen', 'Groningen'],
  ['nhl-stenden', 'NHL Stenden Hogeschool', 'Leeuwarden'],
  ['han', 'Hogeschool van Arnhem en Nijmegen (HAN)', 'Arnhem'],
  ['hu', 'Hogeschool Utrecht', 'Utrecht'],
  ['hva', 'Hogeschool van Amsterdam', 'Amsterdam'],
  ['hr', 'Hogeschool Rotterdam', 'Rotterdam'],
  ['hhs', 'De Haagse Hogeschool', "'s-Gravenhage"],
  ['hsleiden', 'Hogeschool Leiden', 'Leiden'],
  ['avans', 'Avans Hogeschool', 'Breda'],
  ['hz', 'HZ University of Applied Sciences', 'Vlissingen'],
  ['zuyd', 'Zuyd Hogeschool', 'Heerlen'],
  ['inholland', 'Hogeschool Inholland', 'Haarlem'],
  ['che', 'Christelijke Hogeschool Ede', 'Ede'],
  ['uva', 'Universiteit van Amsterdam', 'Amsterdam'],
  ['vu', 'Vrije Universiteit Amsterdam', 'Amsterdam'],
  ['uu', 'Universiteit Utrecht', 'Utrecht'],
  ['eur', 'Erasmus Universiteit Rotterdam', 'Rotterdam'],
  ['leiden-univ', 'Universiteit Leiden', 'Leiden'],
  ['rug', 'Rijksuniversiteit Groningen', 'Groningen'],
  ['radboud', 'Radboud Universiteit', 'Nijmegen'],
  ['um', 'Maastricht University', 'Maastricht'],
  ['tilburg-univ', 'Tilburg University', 'Tilburg'],
  ['tue', 'Technische Universiteit Eindhoven', 'Eindhoven'],
  ['utwente', 'Universiteit Twente', 'Enschede'],
  ['wur', 'Wageningen University & Research', 'Wageningen'],
].map(([id, name, seat]) => ({ id: id!, name: name!, at: municipality(seat!) }));
