import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isCoreDomain, isDomain } from '../lib/domains';

/** The seven networks of the 2022 exploration, which have short names for charts. */
const KNOWN_NETWORKS = ['groz', 'jzojp', 'aig', 'kavels', 'nza', 'gezondin', 'lpa'] as const;
type KnownNetwork = (typeof KNOWN_NETWORKS)[number];
const isKnownNetwork = (key: string): key is KnownNetwork => (KNOWN_NETWORKS as readonly string[]).includes(key);

export { CORE_DOMAINS, isCoreDomain, type CoreDomain } from '../lib/domains';

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
