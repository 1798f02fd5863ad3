import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import data2019 from '../../data/regions/zorgkantoorregios-2019-source.json' with { type: 'json' };
import { municipalities } from '../gazetteer/index.js';
import { GGD_BY_SAFETY_REGION, HART_VOOR_BRABANT_FROM_VR20, PROVINCE_CODES, SUCCESSORS, ZORGKANTOOR_2023 } from './codes.js';

export const REGION_TYPES = ['PROVINCE', 'GGD', 'ZORGKANTOOR'] as const;
export type RegionType = (typeof REGION_TYPES)[number];

/** A region of one type, with the CBS codes of its municipalities (division of 1 January 2023). */
export interface Region {
  type: RegionType;
  code: string;
  name: string;
  municipalities: string[];
}

export const REGIONS_CREDIT =
  'Regio-indelingen: CBS; veiligheidsregio’s via minvws/nl-covid19-data-dashboard (EUPL-1.2); zorgkantoorregio’s 2019 via michielwoerkom/regions (MIT), bijgewerkt naar 2023';

const cbs = (code: number | string) => `GM${String(code).padStart(4, '0')}`;

/** Municipality → safety region, from the copied dashboard table (342 rows). */
export function safetyRegions(): Map<string, string> {
  const text = readFileSync(new URL('../../data/regions/gemeenten-veiligheidsregios-2023.csv', import.meta.url), 'utf8');
  const rows = Papa.parse<Record<string, string>>(text.trim(), { header: true }).data;
  return new Map(rows.map((r) => [r.gemeentecode!, r.veiligheidsregiocode!]));
}

/** Municipality → zorgkantoorregio in the 2019 table, by CBS code. */
export function zorgkantoor2019(): Map<string, string> {
  return new Map((data2019 as { CBS: number | string; Zorgkantoorregio: string }[]).map((r) => [cbs(r.CBS), r.Zorgkantoorregio]));
}

function zorgkantoorOf(code: string, table2019: Map<string, string>): string {
  const predecessors = SUCCESSORS[code] ?? [code];
  const names = new Set(predecessors.map((p) => table2019.get(p)));
  const [name] = names;
  if (names.size !== 1 || name === undefined) throw new Error(`Zorgkantoor table: ${code} has no single region (${[...names].join(', ')})`);
  return name;
}

let cache: Region[] | undefined;

/**
 * Every region of the three types, built from the committed tables: provinces
 * from the gazetteer, GGD regions from the safety regions (with the Brabant
 * exception), zorgkantoorregio's from the 2019 table brought to 2023.
 * Sorted by type, then code; municipalities sorted by code.
 */
export function regions(): Region[] {
  if (cache) return cache;
  const byKey = new Map<string, Region>();
  const add = (type: RegionType, code: string, name: string, municipality: string) => {
    const key = `${type}:${code}`;
    let region = byKey.get(key);
    if (!region) byKey.set(key, (region = { type, code, name, municipalities: [] }));
    region.municipalities.push(municipality);
  };
  const vr = safetyRegions();
  const zk2019 = zorgkantoor2019();
  for (const m of municipalities()) {
    const province = PROVINCE_CODES[m.province];
    if (!province) throw new Error(`Regions: no province code for "${m.province}" (${m.code})`);
    add('PROVINCE', province, m.province, m.code);
    const safety = vr.get(m.code);
    const ggd =
      safety === 'VR20' && HART_VOOR_BRABANT_FROM_VR20.includes(m.code) ? GGD_BY_SAFETY_REGION.VR21 : GGD_BY_SAFETY_REGION[safety ?? ''];
    if (!ggd) throw new Error(`Regions: no GGD region for ${m.code} (safety region ${safety})`);
    add('GGD', ggd[0], ggd[1], m.code);
    const zk = ZORGKANTOOR_2023[zorgkantoorOf(m.code, zk2019)];
    if (!zk) throw new Error(`Regions: no zorgkantoorregio 2023 for ${m.code}`);
    add('ZORGKANTOOR', zk[0], zk[1], m.code);
  }
  const order = (t: RegionType) => REGION_TYPES.indexOf(t);
  cache = [...byKey.values()].sort((a, b) => order(a.type) - order(b.type) || a.code.localeCompare(b.code));
  for (const r of cache) r.municipalities.sort();
  return cache;
}
