import { describe, expect, it } from 'vitest';
import { editingServer, OTHER } from './editing.js';

/** The append-only history of edits through the API: what is recorded, who sees whom, the filters, no way to change it. */
const { as, versionOf } = editingServer();

describe('history', () => {
  it('records one UPDATE per changed field, newest first, with before, after and who', async () => {
    const v = await versionOf('Table', 'tafel-helmond-eenzaamheid');
    const { body } = await as.EDITOR(
      'mutation($v: Int!) { updateTable(id: "tafel-helmond-eenzaamheid", version: $v, input: {level: "regional", seats: ["gem-eindhoven"], theme: "Eenzaamheid"}) { id } }',
      { v },
    );
    expect(body.errors).toBeUndefined();
    const { body: history } = await as.EDITOR<{ changes: Record<string, unknown>[] }>(
      'query { changes(entityId: "tafel-helmond-eenzaamheid", first: 2) { action entity field before after by source } }',
    );
    expect(history.data!.changes).toEqual([
      {
        action: 'UPDATE',
        entity: 'Table',
        field: 'seats',
        before: '["huisartsen-eindhoven","wijkteam-helmond"]',
        after: '["gem-eindhoven"]',
        by: 'redacteur@example.nl',
        source: 'form',
      },
      {
        action: 'UPDATE',
        entity: 'Table',
        field: 'level',
        before: '"local"',
        after: '"regional"',
        by: 'redacteur@example.nl',
        source: 'form',
      },
    ]);
  });

  it('filters by the network, province or region (of any type) of the partnership changed', async () => {
    type Where = { networks: { key: string }[]; municipalities: { province: string }[]; ggd: { code: string }[]; zk: { code: string }[] };
    const { body: place } = await as.EDITOR<{ partnership: Where }>(
      `query { partnership(id: "${OTHER}") { networks { key } municipalities { province } ggd: regions(type: GGD) { code } zk: regions(type: ZORGKANTOOR) { code } } }`,
    );
    const where = place.data!.partnership;
    const v = await versionOf('Partnership', OTHER);
    const edit = await as.EDITOR('mutation($v: Int!) { updatePartnership(id: "samen-helmond", version: $v, input: {phase: 3}) { id } }', {
      v,
    });
    expect(edit.body.errors).toBeUndefined();
    const changed = async (filter: string) => {
      const { body } = await as.EDITOR<{ changes: { entityId: string; field: string | null }[] }>(
        `query { changes(${filter}, first: 1000) { entityId field } }`,
      );
      expect(body.errors).toBeUndefined();
      return body.data!.changes;
    };
    const inRegion = async (code: string) => {
      const { body } = await as.EDITOR<{ partnerships: { nodes: { id: string }[] } }>(
        `query { partnerships(filter: {regions: ["${code}"]}, first: 1000) { nodes { id } } }`,
      );
      return new Set(body.data!.partnerships.nodes.map((n) => n.id));
    };
    for (const region of [where.ggd[0]!.code, where.zk[0]!.code]) {
      const rows = await changed(`region: "${region}"`);
      expect(rows[0]).toEqual({ entityId: OTHER, field: 'phase' });
      const members = await inRegion(region);
      expect(rows.filter((r) => !members.has(r.entityId))).toEqual([]);
    }
    expect((await changed(`network: "${where.networks[0]!.key}"`))[0]).toEqual({ entityId: OTHER, field: 'phase' });
    expect((await changed(`province: "${where.municipalities[0]!.province}"`))[0]).toEqual({ entityId: OTHER, field: 'phase' });
    // A region it is not in: the changes of the partnership made there, not its own.
    const made = await as.EDITOR<{ createPartnership: { id: string; ggd: { code: string }[] } }>(
      'mutation { createPartnership(input: {name: "Samen Gezond Amsterdam", municipalities: ["GM0363"]}) { id ggd: regions(type: GGD) { code } } }',
    );
    expect(made.body.errors).toBeUndefined();
    const amsterdam = made.body.data!.createPartnership;
    expect(amsterdam.ggd[0]!.code).not.toBe(where.ggd[0]!.code);
    const far = await changed(`region: "${amsterdam.ggd[0]!.code}"`);
    expect(far.length).toBeGreaterThan(0);
    expect(new Set(far.map((r) => r.entityId))).toEqual(new Set([amsterdam.id]));
  });

  it('shows who made a change to signed-in users only', async () => {
    const { body } = await as.ANONYMOUS<{ changes: { by: string | null }[] }>(
      'query { changes(entityId: "tafel-helmond-eenzaamheid", first: 1) { by action } }',
    );
    expect(body.data!.changes).toEqual([{ by: null, action: 'UPDATE' }]);
  });

  it('records a CREATE per given field and the import that made the data', async () => {
    const { body } = await as.EDITOR<{ createTable: { id: string } }>(
      'mutation { createTable(input: {id: "tafel-nieuw", name: "Tafel Nieuw", level: "local"}) { id } }',
    );
    expect(body.data).toEqual({ createTable: { id: 'tafel-nieuw' } });
    const { body: history } = await as.EDITOR<{ changes: Record<string, unknown>[] }>(
      'query { changes(entityId: "tafel-nieuw") { action field after } }',
    );
    expect(history.data!.changes).toEqual([
      { action: 'CREATE', field: 'level', after: '"local"' },
      { action: 'CREATE', field: 'name', after: '"Tafel Nieuw"' },
    ]);
    const { body: imported } = await as.EDITOR<{ changes: Record<string, unknown>[] }>(
      'query { changes(entityId: "gem-eindhoven", action: "IMPORT") { entity by source before } }',
    );
    expect(imported.data!.changes).toEqual([{ entity: 'Party', by: 'test', source: 'import of examples by test', before: null }]);
  });

  it('no API call alters or deletes a change: the only mutations are these', async () => {
    const { body } = await as.EDITOR<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      '{ __schema { mutationType { fields { name } } } }',
    );
    expect(body.data!.__schema.mutationType.fields.map((f) => f.name).sort()).toEqual(
      [
        'archiveParty',
        'archivePartnership',
        'archiveTable',
        'createParty',
        'createPartnership',
        'createTable',
        'reviewProposal',
        'updateParty',
        'updatePartnership',
        'updateTable',
      ].sort(),
    );
    const [change] = (await as.EDITOR<{ changes: { id: string }[] }>('query { changes(first: 1) { id } }')).body.data!.changes;
    const review = await as.EDITOR('mutation($id: ID!) { reviewProposal(id: $id, accept: false) { id } }', { id: change!.id });
    expect(review.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
