import { describe, expect, it } from 'vitest';
import { MEMBERSHIPS, MUNICIPALITIES, PARTIES, PARTNERSHIPS } from '../helpers/fixture.js';
import { fixtureServer } from '../helpers/server.js';

// Counting round trips (db.calls) needs GraphQL in this thread: workers have drivers of their own.
const app = fixtureServer({ GRAPHQL_WORKERS: '0' });
const { data } = app;

/** Round trips to Neo4j while `work` runs. */
async function callsDuring(work: () => Promise<unknown>): Promise<number> {
  const before = app.db.calls;
  await work();
  return app.db.calls - before;
}

type Filter = {
  networks?: string[];
  themes?: string[];
  phases?: number[];
  domains?: string[];
  provinces?: string[];
  municipalities?: string[];
  text?: string;
  minNetworks?: number;
  missingDomains?: string[];
};

/** The filter's meaning (partnership.input.ts), computed from the fixture without Neo4j. */
function expectedIds(f: Filter): string[] {
  const domainsOf = (id: string) =>
    MEMBERSHIPS.filter((m) => m.partnershipId === id).map((m) => PARTIES.find((p) => p.id === m.partyId)!.domain);
  const provinceOf = (code: string) => MUNICIPALITIES.find((m) => m.code === code)!.province;
  const meets = (list: unknown[] | undefined, test: (v: never) => boolean) => list === undefined || list.some((v) => test(v as never));
  return PARTNERSHIPS.filter(
    (p) =>
      meets(f.networks, (k: string) => p.networks.includes(k)) &&
      meets(f.themes, (t: string) => p.themes.includes(t)) &&
      meets(f.phases, (ph: number) => p.phase === ph) &&
      meets(f.domains, (d: string) => domainsOf(p.id).includes(d)) &&
      meets(f.provinces, (pr: string) => p.municipalities.some((c) => provinceOf(c) === pr)) &&
      meets(f.municipalities, (c: string) => p.municipalities.includes(c)) &&
      (f.text === undefined || `${p.name}\n${p.description}`.toLowerCase().includes(f.text)) &&
      (f.minNetworks === undefined || p.networks.length >= f.minNetworks) &&
      meets(f.missingDomains, (d: string) => !domainsOf(p.id).some((x) => x === d || (d === 'financier' && x.startsWith('financier-')))),
  )
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => p.id);
}

const SINGLE: Filter[] = [
  { networks: ['alpha'] },
  { networks: ['beta', 'gamma'] },
  { themes: ['Valpreventie'] },
  { phases: [1, 3] },
  { phases: [2] },
  { domains: ['care'] },
  { provinces: ['Provincie A'] },
  { municipalities: ['GM9001', 'GM9003'] },
  { municipalities: ['GM9002'] },
  { text: 'gezond' },
  { minNetworks: 2 },
  { missingDomains: ['citizens'] },
];

describe('partnerships list filters', () => {
  const q = 'query($f: PartnershipFilter) { partnerships(filter: $f, first: 100) { totalCount nodes { id } } }';
  type Page = { partnerships: { totalCount: number; nodes: { id: string }[] } };

  it('gives the same matches whichever filter the statement starts from, for every pair of filters', async () => {
    const filters: Filter[] = [{}, ...SINGLE];
    for (let i = 0; i < SINGLE.length; i++) for (let j = i + 1; j < SINGLE.length; j++) filters.push({ ...SINGLE[i], ...SINGLE[j] });
    filters.push({
      municipalities: ['GM9001', 'GM9002'],
      networks: ['alpha'],
      themes: ['Leefstijl'],
      provinces: ['Provincie A'],
      phases: [2, 3],
    });
    for (const f of filters) {
      const { partnerships } = await data<Page>(q, { f });
      const expected = expectedIds(f);
      expect({ f, ids: partnerships.nodes.map((n) => n.id), totalCount: partnerships.totalCount }).toEqual({
        f,
        ids: expected,
        totalCount: expected.length,
      });
    }
    // Neo4j plans a statement once per combination of given parameters: some 50 plans here.
  }, 180_000);
});

describe('relations fetched with the node', () => {
  it('partnership(id) with networks and members is one statement', async () => {
    let result: unknown;
    const calls = await callsDuring(async () => {
      result = await data('{ partnership(id: "p2") { id networks { key name } members { role party { id domain } } } }');
    });
    expect(calls).toBe(1);
    expect(result).toEqual({
      partnership: {
        id: 'p2',
        networks: [{ key: 'alpha', name: 'Alfa-netwerk' }],
        members: [
          { role: null, party: { id: 'c', domain: 'financier-municipality' } },
          { role: null, party: { id: 'a', domain: 'care' } },
        ],
      },
    });
  });

  it('partnership(id) with every relation the map panel asks for is one statement', async () => {
    const calls = await callsDuring(() =>
      data(`{ partnership(id: "p1") { id networks { key } members { party { id } } missingDomains themes
        municipalities { code } tables { id } initiatives { id } } }`),
    );
    expect(calls).toBe(1);
  });

  it('sees relations through fragments and aliases, and leaves out what @skip removes', async () => {
    let result: unknown;
    const calls = await callsDuring(async () => {
      result = await data(
        `query($skip: Boolean!) { partnership(id: "p1") { ...Panel gone: themes @skip(if: $skip) } }
         fragment Panel on Partnership { id nets: networks { key } ... on Partnership { domains: missingDomains } }`,
        { skip: true },
      );
    });
    expect(calls).toBe(1);
    expect(result).toEqual({ partnership: { id: 'p1', nets: [{ key: 'alpha' }, { key: 'beta' }], domains: [] } });
  });

  it('partnerships reached through another object still load their relations in one batch', async () => {
    // The detail statement (with members), the parties' partnerships, then one
    // networks batch for all of those partnerships.
    let result: { partnership: { members: { party: { partnerships: { id: string; networks: { key: string }[] }[] } }[] } } | undefined;
    const calls = await callsDuring(async () => {
      result = await data('{ partnership(id: "p4") { members { party { partnerships { id networks { key } } } } } }');
    });
    expect(calls).toBe(3);
    expect(result!.partnership.members[0]!.party.partnerships).toEqual([
      { id: 'p1', networks: [{ key: 'alpha' }, { key: 'beta' }] },
      { id: 'p2', networks: [{ key: 'alpha' }] },
      { id: 'p4', networks: [{ key: 'gamma' }] },
    ]);
  });

  it('a page with its nodes networks is one statement, and its nodes carry them', async () => {
    let result: unknown;
    const calls = await callsDuring(async () => {
      result = await data('{ partnerships(filter: { networks: ["alpha"] }) { totalCount nodes { id networks { key } } } }');
    });
    expect(calls).toBe(1);
    expect(result).toEqual({
      partnerships: {
        totalCount: 2,
        nodes: [
          { id: 'p1', networks: [{ key: 'alpha' }, { key: 'beta' }] },
          { id: 'p2', networks: [{ key: 'alpha' }] },
        ],
      },
    });
  });

  it('an unknown id is null, in one statement', async () => {
    const calls = await callsDuring(() =>
      expect(data('{ partnership(id: "nope") { id networks { key } } }')).resolves.toEqual({ partnership: null }),
    );
    expect(calls).toBe(1);
  });
});
