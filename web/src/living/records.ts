import type { PartnershipRecordQuery, PartyRecordQuery, TableRecordQuery } from '../data/gql/graphql';
import { membersText, type FormValues, type RecordKind } from './fields';

export interface LoadedRecord {
  kind: RecordKind;
  id: string;
  name: string;
  version: number;
  values: FormValues;
}

type P = NonNullable<PartnershipRecordQuery['partnership']>;
type Pa = NonNullable<PartyRecordQuery['party']>;
type T = NonNullable<TableRecordQuery['table']>;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const lines = (items: readonly string[]) => [...items].sort().join('\n');

export function partnershipRecord(p: P): LoadedRecord {
  return {
    kind: 'partnership',
    id: p.id,
    name: p.name,
    version: p.version,
    values: {
      name: p.name,
      description: text(p.description),
      phase: text(p.phase),
      startYear: text(p.startYear),
      approach: text(p.approach),
      financing: text(p.financing),
      networks: lines(p.networks.map((n) => n.key)),
      municipalities: lines(p.municipalities.map((m) => m.code)),
      themes: lines(p.themes),
      members: membersText(
        [...p.members].sort((a, b) => (a.party.id < b.party.id ? -1 : 1)).map((m) => ({ partyId: m.party.id, role: m.role ?? null })),
      ),
      website: text(p.website),
      source: text(p.source),
    },
  };
}

export function partyRecord(p: Pa): LoadedRecord {
  return {
    kind: 'party',
    id: p.id,
    name: p.name,
    version: p.version,
    values: { name: p.name, domain: p.domain, municipality: text(p.municipality) },
  };
}

export function tableRecord(t: T): LoadedRecord {
  return {
    kind: 'table',
    id: t.id,
    name: t.name,
    version: t.version,
    values: {
      name: t.name,
      level: text(t.level),
      theme: text(t.theme),
      municipalities: lines(t.municipalities.map((m) => m.code)),
      convenedBy: text(t.convenedBy?.id),
      seats: lines(t.parties.map((p) => p.id)),
    },
  };
}
