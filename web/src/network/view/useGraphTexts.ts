import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { domainLabel, phaseLabel } from '../../filters/filterLabels';
import { useFilterTexts } from '../../filters/useFilterTexts';
import type { EdgeKind, GraphNode } from '../data/graphModel';
import type { NodeKind } from '../state/nodeKey';
import nl from '../nl.json';

type Level = keyof typeof nl.levels;

/** Texts for nodes and links in the current language: kinds, domains, details, numbers. */
export function useGraphTexts(networkNames: ReadonlyMap<string, string>) {
  const { t, i18n } = useTranslation('network');
  const ft = useFilterTexts();
  const language = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language);
    const fraction = new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    // A tiny overlap must not read as none: 0,003 rather than 0,00.
    const tiny = new Intl.NumberFormat(language, { maximumSignificantDigits: 1 });
    const kind = (k: NodeKind) => t(`kinds.${k}`);
    const level = (l: string) => (l in nl.levels ? t(`levels.${l as Level}`) : l);
    const networks = (keys: readonly string[]) => keys.map((k) => networkNames.get(k) ?? k).join(', ');
    /** What tells this node apart: networks, domain, level and theme, or province. */
    const details = (n: GraphNode): string => {
      if (n.kind === 'network') return `${t('selection.partnerships')}: ${integer.format(n.weight)}`;
      if (n.kind === 'partnership') return networks(n.networks);
      if (n.kind === 'party') return n.domain ? domainLabel(ft, n.domain) : '';
      if (n.kind === 'table') return [n.level && level(n.level), n.theme].filter(Boolean).join(', ');
      return n.province ?? '';
    };
    return {
      t,
      number: (n: number) => integer.format(n),
      jaccard: (j: number) => (j > 0 && j < 0.005 ? tiny.format(j) : fraction.format(j)),
      kind,
      level,
      networks,
      details,
      domain: (d: string) => domainLabel(ft, d),
      phase: (p: number) => phaseLabel(ft, p),
      relation: (r: EdgeKind) => t(`relations.${r}`),
      /** "Huisarts Noord, Partij, Zorg": what a screen reader hears on a node. */
      describe: (n: GraphNode) => [n.name, kind(n.kind), details(n)].filter(Boolean).join(', '),
    };
  }, [t, ft, language, networkNames]);
}

export type GraphTexts = ReturnType<typeof useGraphTexts>;
