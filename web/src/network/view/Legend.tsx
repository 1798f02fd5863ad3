import { Heading3 } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import type { GraphModel } from '../data/graphModel';
import { colorOf, COMMUNITY_COLORS, communityColor, domainColor, DUPLICATE_COLOR, OUTLINE, type NetworkPalette } from '../data/palette';
import { NODE_KINDS } from '../state/nodeKey';
import { LineSymbol, ShapeSymbol } from './LegendSymbol';
import type { GraphTexts } from './useGraphTexts';

interface LegendProps {
  texts: GraphTexts;
  graph: GraphModel;
  palette: NetworkPalette;
  hasSelection: boolean;
}

const Item = ({ symbol, children }: { symbol: ReactNode; children: ReactNode }) => (
  <li className="dsv-network__legend-item">
    {symbol}
    <span>{children}</span>
  </li>
);

/** What shapes, colours and lines mean; only what the current graph shows. */
export function Legend({ texts, graph, palette, hasSelection }: LegendProps) {
  const { t } = texts;
  const headingId = useId();
  const kinds = NODE_KINDS.filter((k) => graph.nodes.some((n) => n.kind === k));
  const networks = [...new Set(graph.nodes.flatMap((n) => (n.kind === 'network' || n.kind === 'partnership' ? n.networks : [])))].sort();
  const domains = [...new Set(graph.nodes.flatMap((n) => (n.kind === 'party' && n.domain ? [n.domain] : [])))].sort();
  const edgeKinds = new Set(graph.edges.map((e) => e.kind));
  // The communities with a colour of their own, then one grey for the rest.
  const present = [...new Set(graph.nodes.flatMap((n) => (n.community !== null ? [n.community] : [])))].sort((a, b) => a - b);
  const communities = [
    ...present.filter((c) => c <= COMMUNITY_COLORS.length),
    ...(present.some((c) => c > COMMUNITY_COLORS.length) ? [COMMUNITY_COLORS.length + 1] : []),
  ];
  const links = ['MEMBER_OF', 'ACTIVE_IN', 'SITS_AT', 'COVERS'].some((k) => edgeKinds.has(k as never));
  const marks = {
    pie: graph.nodes.some((n) => n.kind === 'partnership' && n.networks.length > 1),
    emphasis: graph.nodes.some((n) => n.emphasis),
    expanded: graph.nodes.some((n) => n.expanded),
    more: graph.nodes.some((n) => n.more > 0),
    marked: graph.nodes.some((n) => n.marked),
    groups: (graph.groups ?? []).length > 0,
  };

  return (
    <section className="dsv-network__legend" aria-labelledby={headingId}>
      <Heading3 id={headingId}>{t('legend.heading')}</Heading3>
      <div className="dsv-network__legend-groups">
        <LegendGroup title={t('legend.shapes')}>
          {kinds.map((k) => (
            <Item key={k} symbol={<ShapeSymbol kind={k} />}>
              {texts.kind(k)}
            </Item>
          ))}
        </LegendGroup>
        {communities.length > 0 && (
          <LegendGroup title={t('legend.community')}>
            {communities.map((c) => (
              <Item key={c} symbol={<ShapeSymbol kind="partnership" fill={communityColor(c)} />}>
                {c > COMMUNITY_COLORS.length ? t('legend.communityRest') : t('legend.communityItem', { id: c })}
              </Item>
            ))}
          </LegendGroup>
        )}
        {communities.length === 0 && networks.length > 0 && (
          <LegendGroup title={t('legend.networks')}>
            {networks.map((key) => (
              <Item key={key} symbol={<ShapeSymbol kind="partnership" fill={colorOf(palette, key)} />}>
                {texts.networks([key])}
              </Item>
            ))}
            {marks.pie && <Item symbol={null}>{t('legend.pie')}</Item>}
          </LegendGroup>
        )}
        {communities.length === 0 && domains.length > 0 && (
          <LegendGroup title={t('legend.domains')}>
            {domains.map((d) => (
              <Item key={d} symbol={<ShapeSymbol kind="party" fill={domainColor(d)} />}>
                {texts.domain(d)}
              </Item>
            ))}
          </LegendGroup>
        )}
        <LegendGroup title={t('legend.marks')}>
          {edgeKinds.has('overlap') && <Item symbol={<LineSymbol color="#5c6670" width={5} />}>{t('legend.overlap')}</Item>}
          {edgeKinds.has('duplicate') && <Item symbol={<LineSymbol color={DUPLICATE_COLOR} width={4} />}>{t('legend.duplicate')}</Item>}
          {links && <Item symbol={<LineSymbol color="#8a96a3" width={2} />}>{t('legend.link')}</Item>}
          {marks.more && <Item symbol={<LineSymbol color={OUTLINE} width={1} dashed />}>{t('legend.more')}</Item>}
          {edgeKinds.has('duplicate') && (
            <Item symbol={<ShapeSymbol kind="table" stroke={DUPLICATE_COLOR} strokeWidth={3} />}>{t('legend.duplicateTable')}</Item>
          )}
          {marks.emphasis && <Item symbol={<ShapeSymbol kind="party" strokeWidth={3.5} />}>{t('legend.emphasis')}</Item>}
          {marks.groups && <Item symbol={<ShapeSymbol kind="municipality" fill="#f3f5f7" />}>{t('legend.region')}</Item>}
          {marks.marked && <Item symbol={<ShapeSymbol kind="table" strokeWidth={4} />}>{t('legend.marked')}</Item>}
          {marks.expanded && <Item symbol={<ShapeSymbol kind="partnership" strokeWidth={2.5} />}>{t('legend.expanded')}</Item>}
          {hasSelection && <Item symbol={<ShapeSymbol kind="partnership" strokeWidth={2.5} halo />}>{t('legend.selected')}</Item>}
        </LegendGroup>
      </div>
    </section>
  );
}

function LegendGroup({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <div className="dsv-network__legend-group">
      <p id={id} className="dsv-network__legend-title">
        {title}
      </p>
      <ul aria-labelledby={id}>{children}</ul>
    </div>
  );
}
