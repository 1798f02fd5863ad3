import type { PartnershipRecordQuery, PartyRecordQuery, TableRecordQuery } from '../data/gql/graphql';
import { datedText, membersText, type Dates, type FormValues, type RecordKind } from './fields';

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
/** Keys a line each (sorted), with the dates the record has for them. */
const datedLines = (keys: readonly string[], dates: readonly ({ key: string } & Dates)[]) => {
  const byKey = new Map(dates.map((d) => [d.key, d]));
  return datedText([...keys].sort().map((key) => ({ key, validFrom: byKey.get(key)?.validFrom, validTo: byKey.get(key)?.validTo })));
};

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
      validFrom: text(p.validFrom),
      validTo: text(p.validTo),
      approach: text(p.approach),
      financing: text(p.financing),
      networks: datedLines(
        p.networks.map((n) => n.key),
        p.networkDates.map((d) => ({ ...d, key: d.network })),
      ),
      municipalities: lines(p.municipalities.map((m) => m.code)),
      themes: lines(p.themes),
      members: membersText(
        [...p.members]
          .sort((a, b) => (a.party.id < b.party.id ? -1 : 1))
          .map((m) => ({ partyId: m.party.id, role: m.role ?? null, validFrom: m.validFrom, validTo: m.validTo })),
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
      seats: datedLines(
        t.parties.map((p) => p.id),
        t.seatDates.map((d) => ({ ...d, key: d.partyId })),
      ),
    },
  };
}
