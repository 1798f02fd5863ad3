import { useMemo } from 'react';
import { useNetworkNames } from '../data/queries/networkNames';
import type { Language } from '../i18n/language';
import { useLanguageCode } from './format';
import { CORE_DOMAIN_NAMES, DOMAIN_NAMES, LEVEL_NAMES, NETWORK_NAMES, PHASE_NAMES, THEME_NAMES, type Named } from './labelData';

/** Names for what the data holds by key, in one language: the one source every page, legend, filter and export uses. */
export interface Labels {
  language: Language;
  /** A network's name; a network the report does not list shows the name the data gives it, else its key. */
  network: (key: string, dataName?: string | null) => string;
  /** A theme in the UI language; themes from real data without a translation stay as given. */
  theme: (name: string) => string;
  /** A party domain ("Financier: gemeente"); an unknown domain shows as its key. */
  domain: (key: string) => string;
  /** A core domain as in "lacks: citizens" (lower case). */
  coreDomain: (key: string) => string;
  /** "3 – Operationeel"; a phase without a name shows as its number, a missing phase as an empty string. */
  phase: (phase: number | null | undefined) => string;
  /** A governance table's level ("regionaal"); unknown shows as given. */
  level: (key: string | null | undefined) => string;
}

function lookup(names: Readonly<Record<string, Named>>, language: Language) {
  return (key: string): string | undefined => (Object.hasOwn(names, key) ? names[key]![language] : undefined);
}

/** The labels of one language, for code outside React (exports, tests). */
export function labelsFor(language: Language): Labels {
  const network = lookup(NETWORK_NAMES, language);
  const theme = lookup(THEME_NAMES, language);
  const domain = lookup(DOMAIN_NAMES, language);
  const core = lookup(CORE_DOMAIN_NAMES, language);
  const phase = lookup(PHASE_NAMES, language);
  const level = lookup(LEVEL_NAMES, language);
  return {
    language,
    network: (key, dataName) => network(key) ?? (dataName || key),
    theme: (name) => theme(name) ?? name,
    domain: (key) => domain(key) ?? key,
    coreDomain: (key) => core(key) ?? domain(key)?.toLowerCase() ?? key,
    phase: (n) => (n === null || n === undefined ? '' : (phase(String(n)) ?? String(n))),
    level: (key) => (key ? (level(key) ?? key) : ''),
  };
}

/**
 * The labels in the UI language; a new object only when the language or the
 * data's network names change. A network the report does not list shows the
 * name the data gives it, wherever it is shown.
 */
export function useLabels(): Labels {
  const language = useLanguageCode();
  const dataNames = useNetworkNames();
  return useMemo(() => {
    const labels = labelsFor(language);
    if (!dataNames) return labels;
    return { ...labels, network: (key, dataName) => labels.network(key, dataName ?? dataNames.get(key)) };
  }, [language, dataNames]);
}
