import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../ui/format';
import { useLabels } from '../../ui/labels';
import type { EdgeKind, GraphNode } from '../data/graphModel';
import type { NodeKind } from '../state/nodeKey';

/** Texts for nodes and links in the current language: kinds, domains, details, numbers. */
export function useGraphTexts(networkNames: ReadonlyMap<string, string>) {
  const { t } = useTranslation('network');
  const format = useFormat();
  const labels = useLabels();
  return useMemo(() => {
    const kind = (k: NodeKind) => t(`kinds.${k}`);
    const level = (l: string) => labels.level(l);
    const networks = (keys: readonly string[]) => keys.map((k) => labels.network(k, networkNames.get(k))).join(', ');
    /** What tells this node apart: networks, domain, level and theme, or province. */
    const details = (n: GraphNode): string => {
      if (n.kind === 'network') return `${t('selection.partnerships')}: ${format.integer(n.weight)}`;
      if (n.kind === 'partnership') return networks(n.networks);
      if (n.kind === 'party') return n.domain ? labels.domain(n.domain) : '';
      if (n.kind === 'table') return [n.level && level(n.level), n.theme && labels.theme(n.theme)].filter(Boolean).join(', ');
      return n.province ?? '';
    };
    return {
      t,
      number: format.integer,
      jaccard: format.jaccard,
      kind,
      level,
      networks,
      details,
      domain: labels.domain,
      phase: (p: number) => labels.phase(p),
      relation: (r: EdgeKind) => t(`relations.${r}`),
      /** "Huisarts Noord, Partij, Zorg": what a screen reader hears on a node. */
      describe: (n: GraphNode) => [n.name, kind(n.kind), details(n)].filter(Boolean).join(', '),
    };
  }, [t, format, labels, networkNames]);
}

export type GraphTexts = ReturnType<typeof useGraphTexts>;
