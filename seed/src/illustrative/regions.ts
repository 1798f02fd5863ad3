import type { Municipality } from '../gazetteer/index.js';
import { around, municipality } from './geo.js';

export interface Region {
  name: string;
  at: Municipality;
  municipalities: Municipality[];
}

/**
 * Regions partnerships and tables organise around, by their usual names. Only
 * the anchor is given; the region is the anchor and its nearest neighbours in
 * the province, which is close enough for an illustration.
 */
const REGION_ANCHORS: [name: string, anchor: string, size: number][] = [
  ['Groningen', 'Groningen', 4],
  ['Oost-Groningen', 'Oldambt', 4],
  ['Noord-Groningen', 'Het Hogeland', 3],
  ['Noord-Friesland', 'Leeuwarden', 5],
  ['Zuidoost-Friesland', 'Heerenveen', 5],
  ['Zuidwest-Friesland', 'Súdwest-Fryslân', 3],
  ['Noord-Drenthe', 'Assen', 4],
  ['Zuidoost-Drenthe', 'Emmen', 3],
  ['Zuidwest-Drenthe', 'Hoogeveen', 4],
  ['Twente', 'Enschede', 8],
  ['Regio Zwolle', 'Zwolle', 5],
  ['Salland', 'Deventer', 5],
  ['Vechtdal', 'Hardenberg', 3],
  ['Flevoland', 'Lelystad', 5],
  ['Almere en Zeewolde', 'Almere', 2],
  ['Achterhoek', 'Doetinchem', 8],
  ['Rivierenland', 'Tiel', 8],
  ['Rijk van Nijmegen', 'Nijmegen', 6],
  ['Centraal Gelderland', 'Arnhem', 7],
  ['Noord-Veluwe', 'Harderwijk', 6],
  ['Foodvalley', 'Ede', 5],
  ['Stedendriehoek', 'Apeldoorn', 5],
  ['De Liemers', 'Zevenaar', 4],
  ['Utrecht Stad', 'Utrecht', 3],
  ['Eemland', 'Amersfoort', 6],
  ['Utrecht West', 'Woerden', 5],
  ['Zuidoost-Utrecht', 'Utrechtse Heuvelrug', 4],
  ['Lekstroom', 'Nieuwegein', 4],
  ['Amsterdam-Amstelland', 'Amsterdam', 5],
  ['Zaanstreek-Waterland', 'Zaanstad', 6],
  ['Zuid-Kennemerland', 'Haarlem', 5],
  ['IJmond', 'Velsen', 3],
  ['Gooi en Vechtstreek', 'Hilversum', 6],
  ['West-Friesland', 'Hoorn', 7],
  ['Kop van Noord-Holland', 'Den Helder', 4],
  ['Noord-Kennemerland', 'Alkmaar', 5],
  ['Haaglanden', "'s-Gravenhage", 7],
  ['Rijnmond', 'Rotterdam', 8],
  ['Holland Rijnland', 'Leiden', 8],
  ['Midden-Holland', 'Gouda', 5],
  ['Drechtsteden', 'Dordrecht', 7],
  ['Zuid-Hollandse Eilanden', 'Goeree-Overflakkee', 3],
  ['Alblasserwaard', 'Molenlanden', 4],
  ['Walcheren', 'Middelburg', 3],
  ['Zeeuws-Vlaanderen', 'Terneuzen', 3],
  ['Oosterschelde', 'Goes', 5],
  ['Zuidoost-Brabant', 'Eindhoven', 9],
  ['De Peel', 'Helmond', 6],
  ['De Kempen', 'Eersel', 5],
  ['Hart van Brabant', 'Tilburg', 8],
  ['West-Brabant', 'Breda', 8],
  ['West-Brabant West', 'Roosendaal', 5],
  ['Noordoost-Brabant', "'s-Hertogenbosch", 7],
  ['Maasland', 'Oss', 4],
  ['Noord-Limburg', 'Venlo', 6],
  ['Midden-Limburg', 'Roermond', 6],
  ['Westelijke Mijnstreek', 'Sittard-Geleen', 3],
  ['Parkstad', 'Heerlen', 7],
  ['Maastricht-Heuvelland', 'Maastricht', 5],
];

export const REGIONS: Region[] = REGION_ANCHORS.map(([name, anchor, size]) => {
  const at = municipality(anchor);
  return { name, at, municipalities: around(at, size) };
});

export function region(name: string): Region {
  const r = REGIONS.find((x) => x.name === name);
  if (!r) throw new Error(`illustrative data: unknown region "${name}"`);
  return r;
}

/** The 25 GGD regions, by seat; a municipality belongs to the nearest seat in its province. */
export const GGD_REGIONS: { name: string; at: Municipality }[] = [
  ['GGD Groningen', 'Groningen'],
  ['GGD Fryslân', 'Leeuwarden'],
  ['GGD Drenthe', 'Assen'],
  ['GGD IJsselland', 'Zwolle'],
  ['GGD Twente', 'Enschede'],
  ['GGD Noord- en Oost-Gelderland', 'Zutphen'],
  ['GGD Gelderland-Midden', 'Arnhem'],
  ['GGD Gelderland-Zuid', 'Nijmegen'],
  ['GGD Flevoland', 'Lelystad'],
  ['GGD regio Utrecht', 'Zeist'],
  ['GGD Hollands Noorden', 'Alkmaar'],
  ['GGD Zaanstreek-Waterland', 'Zaanstad'],
  ['GGD Kennemerland', 'Haarlem'],
  ['GGD Amsterdam', 'Amsterdam'],
  ['GGD Gooi en Vechtstreek', 'Hilversum'],
  ['GGD Hollands Midden', 'Leiden'],
  ['GGD Haaglanden', "'s-Gravenhage"],
  ['GGD Rotterdam-Rijnmond', 'Rotterdam'],
  ['GGD Zuid-Holland Zuid', 'Dordrecht'],
  ['GGD Zeeland', 'Goes'],
  ['GGD West-Brabant', 'Breda'],
  ['GGD Hart voor Brabant', "'s-Hertogenbosch"],
  ['GGD Brabant-Zuidoost', 'Eindhoven'],
  ['GGD Limburg-Noord', 'Venlo'],
  ['GGD Zuid-Limburg', 'Heerlen'],
].map(([name, anchor]) => ({ name: name!, at: municipality(anchor!) }));
