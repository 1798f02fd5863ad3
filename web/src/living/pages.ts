import type { Role } from './useMe';

/** The living-data pages in the menu, and who sees them (null: everyone). */
export const LIVING_PAGES = [
  { id: 'changes', path: '/wijzigingen', least: null },
  { id: 'review', path: '/voorstellen', least: 'EDITOR' },
  { id: 'import', path: '/importeren', least: 'ADMIN' },
] as const satisfies readonly { id: string; path: string; least: Role | null }[];
