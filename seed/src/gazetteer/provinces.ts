/** The twelve provinces, by their official (Dutch, for Fryslân Frisian) names. */
export const PROVINCES: readonly string[] = [
  'Groningen',
  'Fryslân',
  'Drenthe',
  'Overijssel',
  'Flevoland',
  'Gelderland',
  'Utrecht',
  'Noord-Holland',
  'Zuid-Holland',
  'Zeeland',
  'Noord-Brabant',
  'Limburg',
];

/**
 * GeoNames' admin1 codes for the Netherlands, with the English name GeoNames
 * gives each (checked by the build, so a renumbering upstream fails loudly
 * instead of putting municipalities in the wrong province).
 */
export const GEONAMES_PROVINCES: Record<string, { geonames: string; name: string }> = {
  '01': { geonames: 'Drenthe', name: 'Drenthe' },
  '02': { geonames: 'Friesland', name: 'Fryslân' },
  '03': { geonames: 'Gelderland', name: 'Gelderland' },
  '04': { geonames: 'Groningen', name: 'Groningen' },
  '05': { geonames: 'Limburg', name: 'Limburg' },
  '06': { geonames: 'North Brabant', name: 'Noord-Brabant' },
  '07': { geonames: 'North Holland', name: 'Noord-Holland' },
  '09': { geonames: 'Utrecht', name: 'Utrecht' },
  '10': { geonames: 'Zeeland', name: 'Zeeland' },
  '11': { geonames: 'South Holland', name: 'Zuid-Holland' },
  '15': { geonames: 'Overijssel', name: 'Overijssel' },
  '16': { geonames: 'Flevoland', name: 'Flevoland' },
};
