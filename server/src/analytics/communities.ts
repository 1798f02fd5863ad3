import { UndirectedGraph } from 'graphology';
import louvainImport from 'graphology-communities-louvain';
import { Random } from '@dsv/seed';
import type { Communities, Community, CommunityMember } from './community.type.js';

export interface CommunityGraphRow {
  partnerships: { id: string; name: string; networks: string[]; members: string[] }[];
  parties: { id: string; name: string; domain: string }[];
}

/** The part of graphology-communities-louvain this module uses. */
interface Louvain {
  detailed(graph: UndirectedGraph, options: { rng: () => number }): { communities: Record<string, number>; modularity: number };
}
// A CommonJS module: depending on the loader and the compiler settings its default import is
// module.exports (the function) or an object holding it as `default`.
const louvain = ((louvainImport as unknown as { default?: Louvain }).default ?? louvainImport) as unknown as Louvain;

const dutch = new Intl.Collator('nl');
const byName = (a: CommunityMember, b: CommunityMember) => dutch.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

/**
 * Louvain communities (graphology-communities-louvain) of the bipartite graph of
 * partnerships and their member parties. Nodes go in by id and the algorithm draws
 * from a generator seeded with `seed`, so the same data and seed give the same
 * communities. Communities are numbered by size (partnerships + parties) desc,
 * then by their first partnership id.
 */
export function detectCommunities(graphRow: CommunityGraphRow, seed: number): Communities {
  const graph = new UndirectedGraph();
  const partnershipKey = (id: string) => `partnership:${id}`;
  const partyKey = (id: string) => `party:${id}`;
  for (const party of graphRow.parties) graph.addNode(partyKey(party.id));
  for (const p of graphRow.partnerships) {
    if (p.members.length === 0) continue;
    graph.addNode(partnershipKey(p.id));
    for (const member of p.members) graph.mergeEdge(partnershipKey(p.id), partyKey(member));
  }
  if (graph.size === 0) return { seed, modularity: 0, communities: [] };

  const random = new Random(seed);
  const result = louvain.detailed(graph, { rng: () => random.float() });

  const groups = new Map<number, { partnerships: CommunityGraphRow['partnerships']; parties: CommunityGraphRow['parties'] }>();
  const groupOf = (key: string) => {
    const id = result.communities[key]!;
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { partnerships: [], parties: [] }));
    return group;
  };
  for (const p of graphRow.partnerships) if (graph.hasNode(partnershipKey(p.id))) groupOf(partnershipKey(p.id)).partnerships.push(p);
  for (const party of graphRow.parties) groupOf(partyKey(party.id)).parties.push(party);

  const firstId = (g: { partnerships: { id: string }[] }) => g.partnerships.map((p) => p.id).sort()[0] ?? '';
  const ordered = [...groups.values()].sort(
    (a, b) => b.partnerships.length + b.parties.length - (a.partnerships.length + a.parties.length) || (firstId(a) < firstId(b) ? -1 : 1),
  );
  const communities: Community[] = ordered.map((g, i) => {
    const counts = new Map<string, number>();
    for (const p of g.partnerships) for (const key of p.networks) counts.set(key, (counts.get(key) ?? 0) + 1);
    return {
      id: i + 1,
      partnerships: g.partnerships.map((p) => ({ id: p.id, name: p.name, domain: null, networks: [...p.networks].sort() })).sort(byName),
      parties: g.parties.map((p) => ({ id: p.id, name: p.name, domain: p.domain, networks: [] })).sort(byName),
      networks: [...counts]
        .map(([network, partnerships]) => ({ network, partnerships }))
        .sort((a, b) => b.partnerships - a.partnerships || (a.network < b.network ? -1 : 1)),
    };
  });
  return { seed, modularity: result.modularity, communities };
}
