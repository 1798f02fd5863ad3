import type { LocalParties } from './local-parties.js';
import type { Membership, Partnership } from './model.js';
import { KAVEL_FACILITATORS } from './networks.js';
import type { PartyRegistry } from './parties.js';
import type { Random } from './random.js';
import type { Theme } from './themes.js';

const ELDERLY: Theme[] = ['Ouderenzorg', 'Valpreventie', 'Eenzaamheid'];

/**
 * Who takes part in a partnership, and in which role. Every partnership gets
 * care and social parties; a financier (municipality, insurer, zorgkantoor)
 * and citizens unless it is one of those the report describes as lacking
 * them; business and knowledge parties only sometimes, as the report found.
 */
export function members(p: Partnership, local: LocalParties, parties: PartyRegistry, random: Random): Membership[] {
  const roles = new Map<string, string>();
  const leaders: [string, number][] = [];
  const add = (id: string, role = 'deelnemer') => {
    if (!roles.has(id)) roles.set(id, role);
    return id;
  };
  const maybe = (chance: number, id: () => string, role?: string) => (random.chance(chance) ? add(id(), role) : undefined);
  const lead = (id: string | undefined, weight: number) => void (id && weight > 0 && leaders.push([id, weight]));
  const on = (...themes: Theme[]) => themes.some((t) => p.themes.includes(t));
  const ctx = { p, local, add, maybe, lead, on, random };

  if (p.scope === 'regional') regionalMembers(ctx, parties);
  else localMembers(ctx, parties);
  nationalMembers(ctx);

  // Municipalities lead most prevention agreements, GPs' cooperatives many regional partnerships, residents some wijk networks.
  if (leaders.length > 0) roles.set(random.weighted(leaders), 'trekker');
  return [...roles].map(([partyId, role]) => ({
    partnershipId: p.id,
    partyId,
    role: role !== 'trekker' && random.chance(0.03) ? '' : role,
  }));
}

interface Ctx {
  p: Partnership;
  local: LocalParties;
  add: (id: string, role?: string) => string;
  maybe: (chance: number, id: () => string, role?: string) => string | undefined;
  lead: (id: string | undefined, weight: number) => void;
  on: (...themes: Theme[]) => boolean;
  random: Random;
}

function localMembers({ p, local: L, add, maybe, lead, on, random }: Ctx, parties: PartyRegistry): void {
  const m = p.at;
  const wijk = p.scope === 'wijk' ? p.area : undefined;
  if (!p.lacksFinancier) {
    lead(add(L.gemeente(m), 'financier'), wijk ? 20 : 55);
    maybe(wijk ? 0.4 : 0.55, () => parties.insurer(m.province), 'financier');
    maybe(on('Ouderenzorg') ? 0.3 : 0.03, () => L.zorgkantoor(m), 'financier');
  }
  lead(
    maybe(wijk ? 0.7 : 0.85, () => L.ggd(m), random.chance(0.6) ? 'kennispartner' : 'deelnemer'),
    wijk ? 0 : 15,
  );
  lead(add(L.huisartsen(m)), wijk ? 0 : 10); // GPs are in nearly every local coalition: no partnership lacks care
  maybe(0.7, () => L.thuiszorg(m));
  maybe(0.2, () => L.wijkverpleging(m));
  lead(
    maybe(wijk ? 0.75 : 0.2, () => L.gezondheidscentrum(m, wijk && random.chance(0.4) ? wijk : undefined)),
    wijk ? 15 : 0,
  );
  maybe(0.1, () => L.fysio(m));
  maybe(0.05, () => L.apotheek(m));
  maybe(on(...ELDERLY) ? 0.35 : 0.05, () => L.ouderenzorg(m));
  // Regional organisations join local coalitions too, and so tie them together.
  maybe(on('Mentale gezondheid') ? 0.6 : 0.2, () => L.ggz(m));
  maybe(0.55, () => L.huisartsencoop(m));
  maybe(on('Valpreventie', 'Ouderenzorg') ? 0.4 : 0.1, () => L.ziekenhuis(m));

  lead(add(L.welzijn(m)), wijk ? 45 : 20);
  maybe(wijk ? 0.8 : 0.25, () => L.wijkteam(m, wijk && random.chance(0.5) ? wijk : undefined));
  maybe(0.18, () => L.vrijwilligers(m));
  maybe(on('Gezond opgroeien', 'Middelengebruik') ? 0.45 : 0.1, () => L.jongerenwerk(m));
  maybe(on('Armoede en schulden') ? 0.45 : 0.05, () => L.voedselbank(m));
  maybe(on('Ouderenzorg', 'Eenzaamheid') ? 0.35 : 0.08, () => L.mantelzorg(m));
  maybe(wijk ? 0.5 : 0.1, () => L.woningcorporatie(m));
  maybe(on('Leefstijl', 'Overgewicht') ? 0.45 : 0.1, () => L.sport(m));
  maybe(0.3, () => L.mee(m));

  if (!p.lacksCitizens) {
    lead(add(wijk || random.chance(0.5) ? L.bewoners(m, wijk && random.chance(0.75) ? wijk : undefined) : L.adviesraad(m)), wijk ? 20 : 0);
    maybe(0.25, () => L.adviesraad(m));
    maybe(on(...ELDERLY) ? 0.35 : 0.03, () => L.seniorenraad(m));
    maybe(on('Gezond opgroeien') ? 0.25 : 0.02, () => L.jongerenraad(m));
    maybe(wijk ? 0 : 0.08, () => L.zorgcooperatie(m));
    maybe(0.25, () => L.patientenplatform(m));
  }
  maybe(p.networks.includes('groz') ? 1 : 0.3, () =>
    wijk && random.chance(0.5) ? L.buurtsuper(m, wijk) : random.chance(0.5) ? L.ondernemers(m) : L.sportcentrum(m),
  );
  maybe(p.networks.includes('groz') ? 1 : 0.3, () => L.kennis(m), 'kennispartner');
}

function regionalMembers({ p, local: L, add, maybe, lead, on, random }: Ctx, parties: PartyRegistry): void {
  const some = (k: number) => random.sample(p.places, k);
  if (!p.lacksFinancier) {
    for (const m of p.places)
      lead(
        maybe(m === p.at ? 1 : 0.9, () => L.gemeente(m), random.chance(0.55) ? 'financier' : 'deelnemer'),
        m === p.at ? 25 : 0,
      );
    maybe(0.9, () => parties.insurer(p.at.province), 'financier');
    maybe(0.3, () => parties.insurer(p.at.province, 1), 'financier');
    lead(
      maybe(on('Ouderenzorg') ? 0.7 : 0.3, () => L.zorgkantoor(p.at), 'financier'),
      10,
    );
  }
  lead(
    maybe(0.85, () => L.huisartsencoop(p.at)),
    30,
  );
  lead(
    maybe(0.75, () => L.ziekenhuis(p.at)),
    15,
  );
  maybe(on('Mentale gezondheid') ? 0.8 : 0.45, () => L.ggz(p.at));
  lead(
    maybe(0.65, () => L.ggd(p.at), 'kennispartner'),
    10,
  );
  // The places' own organisations: a regional partnership is built from local ones.
  add(L.thuiszorg(p.at));
  if (on(...ELDERLY)) for (const m of some(random.int(1, 3))) add(L.ouderenzorg(m));
  for (const m of some(Math.ceil(p.places.length * 0.9))) add(L.huisartsen(m));
  add(L.huisartsen(p.at));

  for (const m of p.places) maybe(0.95, () => L.welzijn(m));
  lead(add(L.welzijn(p.at)), 10);
  maybe(0.4, () => L.mee(p.at));
  for (const m of some(random.int(0, 2))) add(L.wijkteam(m));
  if (on('Leefstijl', 'Overgewicht')) for (const m of some(random.int(1, 3))) add(L.sport(m));
  if (on('Mentale gezondheid', 'Eenzaamheid')) for (const m of some(random.int(0, 2))) add(L.vrijwilligers(m));

  if (!p.lacksCitizens) {
    add(random.chance(0.7) ? L.patientenplatform(p.at) : L.adviesraad(p.at));
    for (const m of some(random.int(0, 2))) add(L.adviesraad(m));
    maybe(0.3, () => L.zorgcooperatie(random.pick(p.places)));
    maybe(on(...ELDERLY) ? 0.4 : 0.05, () => L.seniorenraad(p.at));
  }
  const groz = p.networks.includes('groz');
  maybe(groz ? 1 : 0.3, () => (random.chance(0.5) ? L.werkgevers(p.at) : L.zorgtech(p.at)));
  maybe(groz ? 0.7 : 0.1, () => L.economicBoard(p.at));
  const knowledge = groz || p.networks.includes('aig') ? 0.9 : 0.5;
  maybe(knowledge, () => L.kennis(p.at), 'kennispartner');
  maybe(knowledge / 3, () => L.kennis(random.pick(p.places)), 'kennispartner');
}

function nationalMembers({ p, add, maybe, on }: Ctx): void {
  const n = (key: string) => p.networks.includes(key as never);
  if (n('jzojp')) maybe(0.9, () => 'zonmw', 'financier');
  if (n('aig')) maybe(0.6, () => 'alles-is-gezondheid', 'ondersteuner');
  if (n('nza')) maybe(0.8, () => 'nza', 'ondersteuner');
  if (n('groz')) maybe(0.7, () => 'health-holland', 'ondersteuner');
  if (n('gezondin')) {
    maybe(p.scope === 'regional' ? 0.6 : 0.2, () => 'pharos', 'kennispartner');
    maybe(p.scope === 'regional' ? 0.5 : 0.1, () => 'platform31', 'ondersteuner');
  }
  if (n('kavels')) {
    add('healthkic', 'ondersteuner');
    for (const f of KAVEL_FACILITATORS) maybe(0.5, () => f, f === 'alles-is-gezondheid' ? 'ondersteuner' : 'financier');
  }
  if (p.scope !== 'regional') {
    maybe(on('Leefstijl', 'Overgewicht') ? 0.05 : 0, () => 'kenniscentrum-sport', 'kennispartner');
    maybe(on('Middelengebruik') ? 0.08 : 0, () => 'trimbos', 'kennispartner');
    return;
  }
  maybe(0.08, () => 'rivm', 'kennispartner');
  maybe(on('Ouderenzorg') ? 0.25 : 0.05, () => 'vilans', 'kennispartner');
  maybe(0.08, () => 'movisie', 'kennispartner');
  maybe(0.1, () => 'nzve', 'ondersteuner');
}
