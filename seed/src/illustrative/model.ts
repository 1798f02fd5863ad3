import type { Domain } from '../format/columns.js';
import type { Municipality } from '../gazetteer/index.js';
import type { NetworkKey } from './networks.js';
import type { Theme } from './themes.js';

/** How far a partnership reaches: one municipality, a few wijken of one, or a region. */
export type Scope = 'municipal' | 'wijk' | 'regional';

export interface Party {
  id: string;
  name: string;
  domain: Domain;
  municipality: string;
}

/** What a partnership is before it gets its details: where, which networks, what it is called. */
export interface PartnershipPlan {
  name: string;
  networks: NetworkKey[];
  scope: Scope;
  /** The municipality it is based in: its position, and where its local parties come from. */
  at: Municipality;
  places: Municipality[];
  /** A region's or wijk's name where the partnership is named after one. */
  area?: string;
  /** Partnerships named in the report: fixed details instead of drawn ones. */
  named?: { themes: Theme[]; phase: number; startYear: number; located: boolean; note: string };
}

export interface Partnership extends PartnershipPlan {
  id: string;
  themes: Theme[];
  phase: number | null;
  startYear: number | null;
  location: { lat: number; lon: number } | null;
  approach: 'bottom-up' | 'top-down' | null;
  financing: 'own' | 'external' | 'mixed' | null;
  website: string;
  description: string;
  lacksCitizens: boolean;
  lacksFinancier: boolean;
}

export interface Membership {
  partnershipId: string;
  partyId: string;
  role: string;
}

export interface Table {
  id: string;
  name: string;
  level: 'local' | 'regional' | 'national';
  theme: string;
  municipalities: string[];
  convenedBy: string;
  seats: string[];
}

/** Lower-case ASCII words joined by hyphens: ids that read like the names they come from. */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Makes ids unique by numbering repeats: `x`, `x-2`, `x-3`. */
export class IdPool {
  private readonly used = new Set<string>();

  take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}
