/** The attack run's requests: what an anonymous client can send (issue: hardening, item 1). */
export interface Attack {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

const DEEP_TABLES = 'tables(limit: 20000) { parties { partnerships { members { role party { id name domain municipality } } } } }';
const NEIGHBOURHOOD =
  'neighbourhoods(nodes: $nodes) { node { key } neighbours { key name degree } edges { source target relation } total }';
const NESTED_PAGE = 'partnerships(first: $n) { nodes { id members { party { partnerships { id } } } } }';

/** Requests the server must refuse before any Cypher runs. */
export function rejectedAttacks(partyIds: string[]): Attack[] {
  const nodes = partyIds.slice(0, 200).map((id) => ({ kind: 'PARTY', id }));
  return [
    { name: '15 aliases of the deep tables query', query: `{ ${aliases(15, DEEP_TABLES)} }` },
    { name: '3 aliases of the deep tables query', query: `{ ${aliases(3, DEEP_TABLES)} }` },
    {
      name: 'neighbourhoods, 200 nodes as a variable × 15 aliases',
      query: `query($nodes: [NodePage!]!) { ${aliases(15, NEIGHBOURHOOD)} }`,
      variables: { nodes },
    },
    { name: 'first: $n = 1000, nested, × 2 aliases', query: `query($n: Int) { ${aliases(2, NESTED_PAGE)} }`, variables: { n: 1000 } },
  ];
}

/**
 * Requests within the cost limit, lightest first (so a slow one cannot slow
 * the ones measured before it); the run measures each once and loads the
 * server with the slowest that answered in full.
 */
export function acceptedCandidates(partyIds: string[]): Attack[] {
  const nodes = partyIds.slice(0, 200).map((id) => ({ kind: 'PARTY', id }));
  return [
    { name: 'crowding(top: 1000)', query: '{ crowding(top: 1000) { code name partnerships networks tables parties index } }' },
    { name: 'mapPoints, all', query: '{ mapPoints { id lat lon name networks phase } }' },
    {
      name: 'partnerships(first: 200) with members',
      query: '{ partnerships(first: 200) { nodes { id name members { role party { id name } } } } }',
    },
    { name: 'neighbourhoods, 200 nodes × 25', query: `query($nodes: [NodePage!]!) { ${NEIGHBOURHOOD} }`, variables: { nodes } },
    { name: 'tableGraph(limit: 20000)', query: '{ tableGraph(limit: 20000) { nodes { key name degree } edges { source target } } }' },
    {
      name: 'duplicateTables(minJaccard: 1e-9, limit: 1000)',
      query: '{ duplicateTables(minJaccard: 1e-9, limit: 1000) { a b shared jaccard sharedMunicipalities } }',
    },
    { name: 'first: 1000 nested page', query: `query($n: Int) { ${NESTED_PAGE} }`, variables: { n: 1000 } },
    {
      name: 'tables(limit: 1800) × parties × partnerships',
      query: '{ tables(limit: 1800) { id parties { id partnerships { id name } } } }',
    },
  ];
}
