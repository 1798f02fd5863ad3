import type { Domain } from '../format/columns.js';
import type { Municipality } from '../gazetteer/index.js';
import { INSURERS, INSURERS_BY_PROVINCE, NATIONAL_PARTIES } from './national-parties.js';
import { IdPool, slug, type Party } from './model.js';
import type { Random } from './random.js';

/**
 * All parties of the dataset. Local parties are made on first use, under a
 * key such as `welzijn:GM0363`, so that every partnership in a municipality
 * works with the same welfare organisation, GGD or general practitioners:
 * that shared membership is what the overlap analytics measure.
 */
export class PartyRegistry {
  private readonly byKey = new Map<string, Party>();
  private readonly byId = new Map<string, Party>();
  private readonly ids = new IdPool();
  readonly all: Party[] = [];

  constructor(private readonly random: Random) {
    for (const p of [...NATIONAL_PARTIES, ...INSURERS]) this.fixed(p.id, p.name, p.domain);
  }

  /** The party stored under `key`, created from one of `names` (picked once) when new. */
  local(key: string, domain: Domain, names: readonly string[], at: Municipality | null): string {
    const known = this.byKey.get(key);
    if (known) return known.id;
    const name = this.random.pick(names);
    const party = { id: this.ids.take(slug(name)), name, domain, municipality: at?.code ?? '' };
    this.add(key, party);
    return party.id;
  }

  /** The insurer a partnership in this province most likely deals with (`rank` 0), or the next. */
  insurer(province: string, rank = 0): string {
    const list = INSURERS_BY_PROVINCE[province] ?? ['zilveren-kruis'];
    return list[Math.min(rank, list.length - 1)]!;
  }

  get(id: string): Party | undefined {
    return this.byId.get(id);
  }

  private fixed(id: string, name: string, domain: Domain): void {
    this.add(`fixed:${id}`, { id: this.ids.take(id), name, domain, municipality: '' });
  }

  private add(key: string, party: Party): void {
    this.byKey.set(key, party);
    this.byId.set(party.id, party);
    this.all.push(party);
  }
}
