import { shortName } from './geo.js';
import type { LocalParties } from './local-parties.js';
import { IdPool, slug, type Membership, type Partnership, type Table } from './model.js';
import { NATIONAL_TABLES } from './national-tables.js';
import type { PartyRegistry } from './parties.js';
import type { Random } from './random.js';
import type { Region } from './regions.js';

const LOCAL_NAMES = ['Preventietafel {}', 'Stuurgroep Preventieakkoord {}', 'Lokale Coalitie Gezond {}', 'Regiegroep Gezond {}'];

/**
 * Governance tables (bestuurlijke tafels): national ones, a steering group
 * for most regional partnerships, a care-and-welfare table per region and a
 * prevention table per GGD region, local prevention and wijk tables. A share
 * of them gets a near-twin: another table on the same theme, in the same
 * place, with nearly the same parties — what the duplicate-tables analysis is
 * meant to find.
 */
export function governanceTables(
  partnerships: Partnership[],
  memberships: Membership[],
  local: LocalParties,
  parties: PartyRegistry,
  random: Random,
): Table[] {
  return new TableBuilder(memberships, local, parties, random).build(partnerships);
}

class TableBuilder {
  private readonly ids = new IdPool();
  private readonly tables: Table[] = [];
  private readonly membersOf = new Map<string, Membership[]>();

  constructor(
    memberships: Membership[],
    private readonly local: LocalParties,
    private readonly parties: PartyRegistry,
    private readonly random: Random,
  ) {
    for (const m of memberships) {
      if (!this.membersOf.has(m.partnershipId)) this.membersOf.set(m.partnershipId, []);
      this.membersOf.get(m.partnershipId)!.push(m);
    }
  }

  build(partnerships: Partnership[]): Table[] {
    for (const t of NATIONAL_TABLES) this.add({ ...t, level: 'national', municipalities: [] });
    const regional = partnerships.filter((p) => p.scope === 'regional');
    for (const p of regional) if (this.random.chance(0.85)) this.steeringGroup(p);
    const regions = new Map(regional.map((p) => this.local.region(p.at)).map((r) => [r.name, r]));
    for (const r of [...regions.values()].sort((a, b) => a.name.localeCompare(b.name))) this.regionTable(r);
    this.preventionTables(partnerships.filter((p) => p.networks.includes('lpa')));
    for (const p of partnerships.filter((x) => x.scope !== 'regional')) this.localTable(p);
    return this.tables;
  }

  private steeringGroup(p: Partnership): void {
    const lead = this.leaderOf(p);
    const seats = this.members(p);
    const municipalities = p.places.map((m) => m.code);
    this.add({
      name: `Stuurgroep ${p.name}`,
      level: 'regional',
      theme: p.themes[0]!,
      municipalities,
      convenedBy: lead,
      seats: [lead, ...this.random.sample(seats, this.random.int(5, 11))],
    });
  }

  private regionTable(r: Region): void {
    const L = this.local;
    const insurer = this.parties.insurer(r.at.province);
    const seats = [
      insurer,
      L.zorgkantoor(r.at),
      L.ziekenhuis(r.at),
      L.huisartsencoop(r.at),
      L.ggz(r.at),
      L.ggd(r.at),
      L.welzijn(r.at),
      ...r.municipalities.map(L.gemeente),
    ];
    const municipalities = r.municipalities.map((m) => m.code);
    const table = this.add({
      name: `Regiotafel Zorg en Welzijn ${r.name}`,
      level: 'regional',
      theme: 'Zorg op de juiste plek',
      municipalities,
      convenedBy: insurer,
      seats,
    });
    if (this.random.chance(0.4))
      this.twin(table, `Bestuurlijk Overleg Juiste Zorg ${r.name}`, L.gemeente(r.at), [() => L.mee(r.at), () => L.patientenplatform(r.at)]);
  }

  /** One per GGD region, where the municipalities with a prevention agreement meet. */
  private preventionTables(agreements: Partnership[]): void {
    const byGgd = new Map<string, Partnership[]>();
    for (const p of agreements) {
      const ggd = this.local.ggd(p.at);
      if (!byGgd.has(ggd)) byGgd.set(ggd, []);
      byGgd.get(ggd)!.push(p);
    }
    for (const [ggd, group] of byGgd) {
      const area = this.parties.get(ggd)!.name.replace(/^GGD /, '');
      const welfare = this.random.sample(group, 2).map((p) => this.local.welzijn(p.at));
      const seats = [ggd, this.parties.insurer(group[0]!.at.province), ...group.map((p) => this.local.gemeente(p.at)), ...welfare];
      this.add({
        name: `Regionale Preventietafel ${area}`,
        level: 'regional',
        theme: 'Leefstijl',
        municipalities: group.map((p) => p.at.code),
        convenedBy: ggd,
        seats,
      });
    }
  }

  private localTable(p: Partnership): void {
    const wijk = p.scope === 'wijk';
    const lpa = p.networks.includes('lpa');
    if (!this.random.chance(wijk ? 0.45 : lpa ? 0.75 : 0.5)) return;
    const members = this.members(p);
    const lead = this.leaderOf(p);
    // The municipality and the GGD sit at nearly every local table.
    const core = members.filter(
      (id) => id === lead || this.parties.get(id)?.domain === 'financier-municipality' || this.parties.get(id)?.name.startsWith('GGD '),
    );
    const name = wijk
      ? `${this.random.pick(['Wijktafel', 'Wijkoverleg Gezondheid', 'Kernteam'])} ${p.area}`
      : lpa
        ? this.random.pick(LOCAL_NAMES).replace('{}', shortName(p.at))
        : `Kerngroep ${p.name}`;
    const seats = [...core, ...this.random.sample(members, this.random.int(3, 7))];
    const table = this.add({ name, level: 'local', theme: p.themes[0]!, municipalities: [p.at.code], convenedBy: lead, seats });
    if (!wijk && this.random.chance(0.12)) {
      this.twin(
        table,
        `Gezondheidstafel ${shortName(p.at)}`,
        this.local.welzijn(p.at),
        members.map((id) => () => id),
      );
    }
  }

  private add(t: Omit<Table, 'id'>): Table {
    const table = { ...t, id: this.ids.take(`tafel-${slug(t.name)}`), seats: [...new Set(t.seats)] };
    this.tables.push(table);
    return table;
  }

  /**
   * A second table like `t`: one or two seats fewer, perhaps one from
   * `extra` more, another convener. An extra party is made only when it
   * takes the seat, so that no party exists without a place in the data.
   */
  private twin(t: Table, name: string, convenedBy: string, extra: (() => string)[]): void {
    if (t.seats.length < 5) return;
    const kept = this.random.sample(t.seats, t.seats.length - this.random.int(1, Math.min(2, t.seats.length - 3)));
    const more = this.random.chance(0.5) && extra.length > 0 ? [this.random.pick(extra)()] : [];
    this.add({ ...t, name, convenedBy, seats: [convenedBy, ...kept, ...more] });
  }

  private members(p: Partnership): string[] {
    return this.membersOf.get(p.id)!.map((m) => m.partyId);
  }

  private leaderOf(p: Partnership): string {
    const members = this.membersOf.get(p.id)!;
    return (members.find((m) => m.role === 'trekker') ?? members[0]!).partyId;
  }
}
