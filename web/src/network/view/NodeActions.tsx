import { Button } from '@utrecht/component-library-react';
import { Link, useSearchParams } from 'react-router';
import { partyLink } from '../../ui/links';
import type { GraphNode } from '../data/graphModel';
import { mapLinkFor } from '../state/links';
import { isExplorable, parseNodeKey } from '../state/nodeKey';
import type { GraphActions } from '../state/useGraphActions';
import type { GraphTexts } from './useGraphTexts';

interface NodeActionsProps {
  texts: GraphTexts;
  nodeKey: string;
  name: string;
  /** The node as loaded; null when it is selected but not in the graph. */
  node: GraphNode | null;
  actions: GraphActions;
  /** Offer the selection toggle (the tables do; the selection panel lists what is selected). */
  selected?: boolean;
}

/** The same actions as on the chart, as buttons and links: select, show neighbours, explore, open on the map. */
export function NodeActions({ texts: { t, number }, nodeKey, name, node, actions, selected }: NodeActionsProps) {
  const [params] = useSearchParams();
  const ref = parseNodeKey(nodeKey);
  const mapLink = mapLinkFor(nodeKey, params);
  const named = (label: string) => `${label}: ${name}`;
  const canExpand = actions.expand && ref && isExplorable(ref);

  return (
    <span className="dsv-network__actions">
      {selected !== undefined && (
        <Button
          type="button"
          appearance="subtle-button"
          pressed={selected}
          aria-label={named(t('table.select'))}
          onClick={() => actions.toggle(nodeKey)}
        >
          {t('table.select')}
        </Button>
      )}
      {canExpand && !node?.expanded && (
        <Button type="button" appearance="subtle-button" aria-label={named(t('selection.expand'))} onClick={() => actions.expand!(nodeKey)}>
          {t('selection.expand')}
        </Button>
      )}
      {canExpand && node && node.more > 0 && (
        <Button
          type="button"
          appearance="subtle-button"
          aria-label={named(t('selection.more', { left: number(node.more) }))}
          onClick={() => actions.more!(nodeKey)}
        >
          {t('selection.more', { left: number(node.more) })}
        </Button>
      )}
      {!actions.expand && ref && isExplorable(ref) && (
        <Button
          type="button"
          appearance="subtle-button"
          aria-label={named(t('selection.explore'))}
          onClick={() => actions.exploreFrom(nodeKey)}
        >
          {t('selection.explore')}
        </Button>
      )}
      {ref?.kind === 'party' && (
        <Link className="utrecht-link utrecht-link--html-a" to={partyLink(params, ref.id)} aria-label={named(t('selection.party'))}>
          {t('selection.party')}
        </Link>
      )}
      {mapLink && (
        <Link className="utrecht-link utrecht-link--html-a" to={mapLink} aria-label={named(t('selection.map'))}>
          {t('selection.map')}
        </Link>
      )}
    </span>
  );
}
