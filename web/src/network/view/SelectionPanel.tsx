import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import type { GraphModel } from '../data/graphModel';
import { parseNodeKey } from '../state/nodeKey';
import type { GraphActions } from '../state/useGraphActions';
import { NodeActions } from './NodeActions';
import { NodeFacts } from './NodeFacts';
import type { GraphTexts } from './useGraphTexts';

interface SelectionPanelProps {
  texts: GraphTexts;
  /** The whole graph of the mode: a node hidden by focus mode is still described. */
  graph: GraphModel;
  selected: readonly string[];
  actions: GraphActions;
}

/** Shows at most this many selected nodes in detail. */
const SHOWN = 8;

/** The selected nodes (from the URL, so the map can show them too), with their facts and actions. */
export function SelectionPanel({ texts, graph, selected, actions }: SelectionPanelProps) {
  const { t } = texts;
  const headingId = useId();
  const byKey = useMemo(() => new Map(graph.nodes.map((n) => [n.key, n])), [graph]);

  return (
    <section className="dsv-network__selection" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('selection.heading')}</Heading3>
      {selected.length === 0 && <Paragraph>{t('selection.none')}</Paragraph>}
      <ul className="dsv-network__selection-list">
        {selected.slice(0, SHOWN).map((key) => {
          const node = byKey.get(key) ?? null;
          const name = node?.name ?? parseNodeKey(key)?.id ?? key;
          return (
            <li key={key} data-key={key}>
              <p className="dsv-network__selection-name">
                <strong>{name}</strong> {node && `(${texts.kind(node.kind)})`}
              </p>
              {node ? <NodeFacts texts={texts} node={node} /> : <Paragraph appearance="small">{t('selection.notShown')}</Paragraph>}
              <NodeActions texts={texts} nodeKey={key} name={name} node={node} actions={actions} />
            </li>
          );
        })}
      </ul>
      {selected.length > 0 && (
        <Button type="button" appearance="secondary-action-button" onClick={actions.clear}>
          {t('selection.clear')}
        </Button>
      )}
    </section>
  );
}
