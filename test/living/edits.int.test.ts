import { describe, expect, it } from 'vitest';
import { editingServer, LINKED, OTHER } from './editing.js';
import { signIn } from './session.js';

const { as, url, versionOf } = editingServer();

let made = 0;
/** A fresh record of `kind` made by an editor, so a cell that archives has its own. */
async function fresh(kind: 'Partnership' | 'Party' | 'Table'): Promise<string> {
  made += 1;
  const id = `vers-${kind.toLowerCase()}-${made}`;
  const input = kind === 'Party' ? { id, name: `Partij ${made}`, domain: 'care' } : { id, name: `${kind} ${made}` };
  const { body } = await as.EDITOR(`mutation($input: ${kind}CreateInput!) { create${kind}(input: $input) { id } }`, { input });
  expect(body.errors).toBeUndefined();
  return id;
}

type Who = keyof typeof as;
type Mutation = (who: Who) => Promise<{ code: string | null }>;

const outcome = (body: { errors?: { extensions?: Record<string, unknown> }[] }) => ({
  code: (body.errors?.[0]?.extensions?.code as string) ?? null,
});

const MUTATIONS: Record<string, Mutation> = {
  createPartnership: async (who) =>
    outcome((await as[who]('mutation { createPartnership(input: {name: "Nieuw Samen Gezond"}) { id } }')).body),
  'updatePartnership (linked)': async (who) =>
    outcome(
      (
        await as[who](
          'mutation($v: Int!) { updatePartnership(id: "vitaal-brainport", version: $v, input: {description: "nieuw"}) { id } }',
          {
            v: await versionOf('Partnership', LINKED),
          },
        )
      ).body,
    ),
  archivePartnership: async (who) => {
    const id = await fresh('Partnership');
    return outcome((await as[who]('mutation($id: ID!) { archivePartnership(id: $id, version: 1, reason: "test") { id } }', { id })).body);
  },
  createParty: async (who) =>
    outcome((await as[who]('mutation { createParty(input: {name: "Nieuwe partij", domain: "social"}) { id } }')).body),
  updateParty: async (who) =>
    outcome(
      (
        await as[who]('mutation($v: Int!) { updateParty(id: "cz", version: $v, input: {name: "CZ zorgverzekeraar"}) { id } }', {
          v: await versionOf('Party', 'cz'),
        })
      ).body,
    ),
  archiveParty: async (who) => {
    const id = await fresh('Party');
    return outcome((await as[who]('mutation($id: ID!) { archiveParty(id: $id, version: 1) { id } }', { id })).body);
  },
  createTable: async (who) => outcome((await as[who]('mutation { createTable(input: {name: "Nieuwe tafel"}) { id } }')).body),
  updateTable: async (who) =>
    outcome(
      (
        await as[who](
          'mutation($v: Int!) { updateTable(id: "tafel-brainport-leefstijl", version: $v, input: {theme: "Leefstijl"}) { id } }',
          {
            v: await versionOf('Table', 'tafel-brainport-leefstijl'),
          },
        )
      ).body,
    ),
  archiveTable: async (who) => {
    const id = await fresh('Table');
    return outcome((await as[who]('mutation($id: ID!) { archiveTable(id: $id, version: 1) { id } }', { id })).body);
  },
};

// Who may do what (DESIGN.md §9.2): null = allowed. A linked CONTRIBUTOR's
// update is allowed, as a proposal (checked below).
const U = 'UNAUTHENTICATED';
const F = 'FORBIDDEN';
const TABLE: [string, Record<Who, string | null>][] = [
  ['createPartnership', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['updatePartnership (linked)', { ANONYMOUS: U, READER: F, CONTRIBUTOR: null, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['archivePartnership', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['createParty', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['updateParty', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['archiveParty', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['createTable', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['updateTable', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
  ['archiveTable', { ANONYMOUS: U, READER: F, CONTRIBUTOR: F, OTHER_CONTRIBUTOR: F, EDITOR: null, ADMIN: null }],
];
const CELLS = TABLE.flatMap(([mutation, row]) => Object.entries(row).map(([who, code]) => ({ mutation, who: who as Who, code })));

describe('roles × mutations', () => {
  it.each(CELLS)('$mutation as $who → $code', async ({ mutation, who, code }) => {
    expect(await MUTATIONS[mutation]!(who)).toEqual({ code });
  });
});

describe('optimistic concurrency', () => {
  it('a stale version is a CONFLICT carrying the current record, and nothing is written', async () => {
    const v = await versionOf('Partnership', OTHER);
    const first = await as.EDITOR(
      'mutation($v: Int!) { updatePartnership(id: "samen-helmond", version: $v, input: {name: "Samen Gezond Helmond (A)"}) { version } }',
      { v },
    );
    expect(first.body.data).toEqual({ updatePartnership: { version: v + 1 } });
    const changesBefore = await changeCount(OTHER);
    const second = await as.ADMIN(
      'mutation($v: Int!) { updatePartnership(id: "samen-helmond", version: $v, input: {name: "Samen Gezond Helmond (B)", phase: 4}) { version } }',
      { v },
    );
    const error = second.body.errors![0]!;
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', current: { id: OTHER, version: v + 1, name: 'Samen Gezond Helmond (A)' } });
    expect(second.body.data).toBeNull();
    const { body } = await as.EDITOR<{ partnership: { name: string; phase: number; version: number } }>(
      'query { partnership(id: "samen-helmond") { name phase version } }',
    );
    expect(body.data!.partnership).toEqual({ name: 'Samen Gezond Helmond (A)', phase: 2, version: v + 1 });
    expect(await changeCount(OTHER)).toBe(changesBefore);
  });

  it('two saves of the same version at once: one is written, the other is a CONFLICT', async () => {
    const v = await versionOf('Party', 'nza');
    const save = (who: Who, name: string) =>
      as[who]('mutation($v: Int!, $name: String!) { updateParty(id: "nza", version: $v, input: {name: $name}) { name version } }', {
        v,
        name,
      });
    const results = await Promise.all([save('EDITOR', 'NZa (editor)'), save('ADMIN', 'NZa (admin)')]);
    const codes = results.map((r) => (r.body.errors?.[0]?.extensions?.code as string) ?? 'ok').sort();
    expect(codes).toEqual(['CONFLICT', 'ok']);
    const winner = results.find((r) => !r.body.errors)!.body.data as { updateParty: { name: string; version: number } };
    expect(winner.updateParty.version).toBe(v + 1);
    expect(await versionOf('Party', 'nza')).toBe(v + 1);
  });

  it('an update that changes nothing writes nothing and keeps the version', async () => {
    const v = await versionOf('Party', 'healthholland');
    const { body } = await as.EDITOR(
      'mutation($v: Int!) { updateParty(id: "healthholland", version: $v, input: {name: "Health~Holland"}) { version } }',
      { v },
    );
    expect(body.data).toEqual({ updateParty: { version: v } });
  });
});

async function changeCount(entityId: string): Promise<number> {
  const { body } = await as.EDITOR<{ changes: unknown[] }>('query($id: ID!) { changes(entityId: $id, first: 1000) { id } }', {
    id: entityId,
  });
  return body.data!.changes.length;
}

describe("validation is the import's own", () => {
  const bad = async (input: Record<string, unknown>) => {
    const v = await versionOf('Partnership', LINKED);
    const { body } = await as.EDITOR(
      'mutation($v: Int!, $input: PartnershipUpdateInput!) { updatePartnership(id: "vitaal-brainport", version: $v, input: $input) { id } }',
      { v, input },
    );
    return { message: body.errors?.[0]?.message, extensions: body.errors?.[0]?.extensions };
  };

  // The same texts as the import's problems (test/import/import.int.test.ts).
  it.each([
    [{ phase: 5 }, 'phase', 'phase: must be a whole number from 1 to 4, or empty (got "5")'],
    [{ lat: 95.1, lon: 5 }, 'lat', 'lat: must be a latitude from -90 to 90 (decimal point), or empty (got "95.1")'],
    [{ networks: ['groz', 'nzb'] }, 'networks', 'networks: unknown network key "nzb" (not in networks)'],
    [
      { municipalities: ['Atlantis'] },
      'municipalities',
      'municipalities: unknown municipality "Atlantis" (give a CBS code such as GM0363 or an official name)',
    ],
    [{ members: [{ partyId: 'wijkteam-helmon' }] }, 'members', 'members: unknown party "wijkteam-helmon" (not in parties)'],
    [
      { website: 'ftp://example.org' },
      'website',
      'website: must be a web address starting with http:// or https://, or empty (got "ftp://example.org")',
    ],
    [{ name: '  ' }, 'name', 'name: is required but empty (got "  ")'],
    [{ approach: 'sideways' }, 'approach', 'approach: must be one of bottom-up, top-down, or empty (got "sideways")'],
    [{ name: 'Bel\u0007 mij' }, 'name', 'name: contains a control character (U+0007): remove it'],
  ])('%j → BAD_USER_INPUT on %s', async (input, field, message) => {
    const before = await versionOf('Partnership', LINKED);
    const { message: got, extensions } = await bad(input);
    expect(extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(got).toBe(message);
    expect(await versionOf('Partnership', LINKED)).toBe(before);
  });

  it('a name with <script> is stored verbatim (the client shows it as text)', async () => {
    const name = '<script>alert("x")</script> Gezond';
    const { body } = await as.EDITOR<{ createParty: { name: string } }>(
      'mutation($name: String!) { createParty(input: {name: $name, domain: "citizens"}) { name } }',
      { name },
    );
    expect(body.data!.createParty.name).toBe(name);
  });
});

describe('mutations and cross-site requests', () => {
  it('a mutation via GET is refused and writes nothing', async () => {
    const before = await versionOf('Party', 'cz');
    const cookie = await signIn(url(), 'redacteur@example.nl');
    const query = encodeURIComponent(`mutation { updateParty(id: "cz", version: ${before}, input: {name: "via GET"}) { id } }`);
    const res = await fetch(`${url()}/graphql?query=${query}`, { headers: { cookie, 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(await versionOf('Party', 'cz')).toBe(before);
  });

  it('a mutation sent as text/plain (a cross-site form could) is refused and writes nothing', async () => {
    const before = await versionOf('Party', 'cz');
    const cookie = await signIn(url(), 'redacteur@example.nl');
    const res = await fetch(`${url()}/graphql`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/plain' },
      body: JSON.stringify({ query: `mutation { updateParty(id: "cz", version: ${before}, input: {name: "via text"}) { id } }` }),
    });
    expect(res.status).toBe(400);
    expect(await versionOf('Party', 'cz')).toBe(before);
  });
});

describe('proposals', () => {
  it("a linked CONTRIBUTOR's update becomes a proposal; an editor accepts it with a comment", async () => {
    const v = await versionOf('Partnership', LINKED);
    const { body } = await as.CONTRIBUTOR<{ updatePartnership: { phase: number; version: number } }>(
      'mutation($v: Int!) { updatePartnership(id: "vitaal-brainport", version: $v, input: {phase: 4, themes: ["Leefstijl"]}) { phase version } }',
      { v },
    );
    expect(body.data!.updatePartnership).toEqual({ phase: 3, version: v });
    const pending = await as.EDITOR<{ proposals: { id: string; by: string; entityId: string; baseVersion: number; changes: unknown[] }[] }>(
      'query { proposals { id by entityId baseVersion changes { field before after } } }',
    );
    const mine = pending.body.data!.proposals.find((p) => p.baseVersion === v && p.entityId === LINKED)!;
    expect(mine).toMatchObject({
      by: 'bijdrager@example.nl',
      changes: [
        { field: 'phase', before: '3', after: '4' },
        { field: 'themes', before: '["Gezond opgroeien","Leefstijl"]', after: '["Leefstijl"]' },
      ],
    });
    const own = await as.CONTRIBUTOR<{ proposals: { id: string }[] }>('query { proposals { id } }');
    expect(own.body.data!.proposals.map((p) => p.id)).toContain(mine.id);

    const reviewed = await as.EDITOR<{ reviewProposal: { status: string; reviewedBy: string; comment: string } }>(
      'mutation($id: ID!) { reviewProposal(id: $id, accept: true, comment: "Klopt, dank") { status reviewedBy comment } }',
      { id: mine.id },
    );
    expect(reviewed.body.data!.reviewProposal).toEqual({ status: 'ACCEPTED', reviewedBy: 'redacteur@example.nl', comment: 'Klopt, dank' });
    const after = await as.EDITOR<{ partnership: { phase: number; themes: string[]; version: number } }>(
      'query { partnership(id: "vitaal-brainport") { phase themes version } }',
    );
    expect(after.body.data!.partnership).toEqual({ phase: 4, themes: ['Leefstijl'], version: v + 1 });
    const history = await as.EDITOR<{ changes: Record<string, unknown>[] }>(
      'query { changes(entityId: "vitaal-brainport", first: 3) { action field source comment by } }',
    );
    expect(history.body.data!.changes).toEqual([
      {
        action: 'REVIEW',
        field: null,
        source: `proposal ${mine.id} by bijdrager@example.nl`,
        comment: 'Klopt, dank',
        by: 'redacteur@example.nl',
      },
      {
        action: 'UPDATE',
        field: 'themes',
        source: `proposal ${mine.id} by bijdrager@example.nl`,
        comment: null,
        by: 'redacteur@example.nl',
      },
      {
        action: 'UPDATE',
        field: 'phase',
        source: `proposal ${mine.id} by bijdrager@example.nl`,
        comment: null,
        by: 'redacteur@example.nl',
      },
    ]);
    const again = await as.EDITOR('mutation($id: ID!) { reviewProposal(id: $id, accept: true) { id } }', { id: mine.id });
    expect(again.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('a rejected proposal changes nothing but is recorded with its comment; a CONTRIBUTOR cannot review', async () => {
    const v = await versionOf('Partnership', LINKED);
    await as.CONTRIBUTOR('mutation($v: Int!) { updatePartnership(id: "vitaal-brainport", version: $v, input: {startYear: 2001}) { id } }', {
      v,
    });
    const { body } = await as.EDITOR<{ proposals: { id: string }[] }>('query { proposals(status: PENDING) { id } }');
    const id = body.data!.proposals[0]!.id;
    const denied = await as.CONTRIBUTOR('mutation($id: ID!) { reviewProposal(id: $id, accept: true) { id } }', { id });
    expect(denied.body.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    await as.EDITOR('mutation($id: ID!) { reviewProposal(id: $id, accept: false, comment: "Bron ontbreekt") { id } }', { id });
    expect(await versionOf('Partnership', LINKED)).toBe(v);
    const history = await as.EDITOR<{ changes: Record<string, unknown>[] }>(
      'query { changes(entityId: "vitaal-brainport", first: 1) { action before after comment } }',
    );
    expect(history.body.data!.changes).toEqual([{ action: 'REVIEW', before: '"PENDING"', after: '"REJECTED"', comment: 'Bron ontbreekt' }]);
  });
});

describe('archiving', () => {
  it('takes a partnership out of every list and count but keeps its history; further edits find nothing', async () => {
    const count = async () =>
      (
        await as.ANONYMOUS<{
          partnerships: { totalCount: number };
          networks: { key: string; partnershipCount: number }[];
          mapPoints: { id: string }[];
        }>('query { partnerships { totalCount } networks { key partnershipCount } mapPoints { id } }')
      ).body.data!;
    const before = await count();
    const v = await versionOf('Partnership', OTHER);
    const { body } = await as.EDITOR(
      'mutation($v: Int!) { archivePartnership(id: "samen-helmond", version: $v, reason: "Gestopt in 2025") { id version } }',
      { v },
    );
    expect(body.data).toEqual({ archivePartnership: { id: OTHER, version: v + 1 } });
    const after = await count();
    expect(after.partnerships.totalCount).toBe(before.partnerships.totalCount - 1);
    expect(after.networks.find((n) => n.key === 'nza')!.partnershipCount).toBe(
      before.networks.find((n) => n.key === 'nza')!.partnershipCount - 1,
    );
    expect(after.mapPoints.map((p) => p.id)).not.toContain(OTHER);
    expect((await as.EDITOR('query { partnership(id: "samen-helmond") { id } }')).body.data).toEqual({ partnership: null });
    const history = await as.EDITOR<{ changes: { action: string; comment: string | null }[] }>(
      'query { changes(entityId: "samen-helmond", first: 1) { action comment } }',
    );
    expect(history.body.data!.changes).toEqual([{ action: 'ARCHIVE', comment: 'Gestopt in 2025' }]);
    const edit = await as.EDITOR('mutation { updatePartnership(id: "samen-helmond", version: 99, input: {name: "x"}) { id } }');
    expect(edit.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('every write shows at once in the analytics, also where the answer was kept for anonymous readers: a party leaves party load when archived', async () => {
    const load = async () =>
      (
        await as.ANONYMOUS<{ partyLoad: { party: { id: string } }[] }>('query { partyLoad(top: 100) { party { id } } }')
      ).body.data!.partyLoad.map((r) => r.party.id);
    expect(await load()).toContain('huisartsen-eindhoven');
    const v = await versionOf('Party', 'huisartsen-eindhoven');
    await as.EDITOR('mutation($v: Int!) { archiveParty(id: "huisartsen-eindhoven", version: $v) { id } }', { v });
    expect(await load()).not.toContain('huisartsen-eindhoven');
  });
});
