import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** The seven networks of the 2022 exploration, which have short names for charts. */
const KNOWN_NETWORKS = ['groz', 'jzojp', 'aig', 'kavels', 'nza', 'gezondin', 'lpa'] as const;
type KnownNetwork = (typeof KNOWN_NETWORKS)[number];
const isKnownNetwork = (key: string): key is KnownNetwork => (KNOWN_NETWORKS as readonly string[]).includes(key);

/** Party domains (DESIGN.md §3). */
const DOMAINS = [
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
type Domain = (typeof DOMAINS)[number];
const isDomain = (d: string): d is Domain => (DOMAINS as readonly string[]).includes(d);

/** The four core domains a partnership should have (DESIGN.md §4, coverage). */
export const CORE_DOMAINS = ['care', 'social', 'financier', 'citizens'] as const;
export type CoreDomain = (typeof CORE_DOMAINS)[number];
export const isCoreDomain = (d: string | null): d is CoreDomain => (CORE_DOMAINS as readonly (string | null)[]).includes(d);

/** A network's short name for charts and lists; unknown networks show their key. */
export function useNetworkLabel(): (key: string) => string {
  const { t } = useTranslation('dashboards');
  return useCallback((key: string) => (isKnownNetwork(key) ? t(`networks.${key}`) : key), [t]);
}

/** A party domain's name ("Zorg", "Financier: gemeente"). */
export function useDomainLabel(): (domain: string) => string {
  const { t } = useTranslation('dashboards');
  return useCallback((domain: string) => (isDomain(domain) ? t(`domains.${domain}`) : domain), [t]);
}

/** A core domain's name, as in "lacks: citizens". */
export function useCoreDomainLabel(): (domain: string) => string {
  const { t } = useTranslation('dashboards');
  return useCallback((domain: string) => (isCoreDomain(domain) ? t(`coreDomains.${domain}`) : domain), [t]);
}
