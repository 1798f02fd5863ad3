import { findMunicipality, illustrativeDataset } from '@dsv/seed';
import { duplicatesModel, UNKNOWN_REGION } from '../../../web/src/network/data/tablesModel.js';

/** The Jaccard threshold of the tables graph's default view. */
const MIN_JACCARD = 0.5;

/**
 * The tables graph's default view on the illustrative dataset, as the network view builds
 * it from `duplicateTableGraph` (DESIGN.md §4's duplicate pairs at 0.5, each table with the
 * province most of its municipalities are in): the tables in a pair, or with the parties
 * seated at both tables of a pair.
 */
export function duplicatesGraph(withParties: boolean) {
  const { sheets } = illustrativeDataset();
  const seated = new Map<string, Set<string>>();
  for (const s of sheets.seats ?? []) seated.set(s.table_id!, (seated.get(s.table_id!) ?? new Set()).add(s.party_id!));
  const tables = (sheets.tables ?? []).filter((t) => seated.has(t.id!));
  const pairs: { a: string; b: string; shared: number; jaccard: number; common: string[] }[] = [];
  for (const [i, x] of tables.entries()) {
    for (const y of tables.slice(i + 1)) {
      const [a, b] = [seated.get(x.id!)!, seated.get(y.id!)!];
      const common = [...a].filter((p) => b.has(p));
      const jaccard = common.length / (a.size + b.size - common.length);
      if (common.length > 0 && jaccard >= MIN_JACCARD) pairs.push({ a: x.id!, b: y.id!, shared: common.length, jaccard, common });
    }
  }
  const inPair = new Set(pairs.flatMap((p) => [p.a, p.b]));
  const province = (codes: string) => {
    const counts = new Map<string, number>();
    for (const code of codes.split(';').filter(Boolean)) {
      const p = findMunicipality(code)?.province;
      if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
    }
    return [...counts].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0]?.[0] ?? null;
  };
  const node = (kind: 'TABLE' | 'PARTY', id: string, name: string, extra: { province?: string | null; domain?: string | null }) => ({
    key: `${kind.toLowerCase()}:${id}`,
    kind,
    id,
    name,
    degree: 1,
    networks: [],
    phase: null,
    domain: extra.domain ?? null,
    level: null,
    theme: null,
    province: extra.province ?? null,
  });
  const tableNodes = tables
    .filter((t) => inPair.has(t.id!))
    .map((t) => node('TABLE', t.id!, t.name!, { province: province(t.municipalities ?? '') }));
  const parties = new Map((sheets.parties ?? []).map((p) => [p.id!, p]));
  const sharedSeats = withParties ? [...new Set(pairs.flatMap((p) => p.common.flatMap((id) => [`${id}>${p.a}`, `${id}>${p.b}`])))] : [];
  const partyIds = [...new Set(sharedSeats.map((s) => s.split('>')[0]!))];
  const api = {
    duplicateTableGraph: {
      nodes: [...tableNodes, ...partyIds.map((id) => node('PARTY', id, parties.get(id)!.name!, { domain: parties.get(id)!.domain }))],
      edges: [
        ...pairs.map((p) => ({
          source: `table:${p.a}`,
          target: `table:${p.b}`,
          relation: 'DUPLICATE',
          weight: p.jaccard,
          shared: p.shared,
        })),
        ...sharedSeats.map((s) => {
          const [party, table] = s.split('>');
          return { source: `party:${party}`, target: `table:${table}`, relation: 'SITS_AT', weight: null, shared: null };
        }),
      ],
    },
    partyLoad: [],
  };
  return duplicatesModel(api as Parameters<typeof duplicatesModel>[0], UNKNOWN_REGION);
}
