/** Party domains (DESIGN.md §3), in the order the UI lists them: the core domains first. */
export const DOMAINS = [
  'care',
  'social',
  'financier-municipality',
  'financier-insurer',
  'financier-zorgkantoor',
  'citizens',
  'business',
  'knowledge',
  'national',
] as const;
export type Domain = (typeof DOMAINS)[number];
export const isDomain = (d: string): d is Domain => (DOMAINS as readonly string[]).includes(d);

/** The four core domains a partnership should have (DESIGN.md §4, coverage). */
export const CORE_DOMAINS = ['care', 'social', 'financier', 'citizens'] as const;
export type CoreDomain = (typeof CORE_DOMAINS)[number];
export const isCoreDomain = (d: string | null): d is CoreDomain => (CORE_DOMAINS as readonly (string | null)[]).includes(d);
