import type { GraphNode } from '../data/graphModel';
import type { GraphTexts } from './useGraphTexts';

/** A node's facts as a description list: what the data says about it. */
export function NodeFacts({ texts, node }: { texts: GraphTexts; node: GraphNode }) {
  const { t, number } = texts;
  const facts: [string, string][] = [];
  if (node.kind === 'network') {
    facts.push([t('selection.partnerships'), number(node.weight)]);
    if (node.size !== null) facts.push([t('selection.setSize'), number(node.size)]);
  }
  if (node.networks.length > 0 && node.kind === 'partnership') facts.push([t('selection.networks'), texts.networks(node.networks)]);
  if (node.phase !== null) facts.push([t('selection.phase'), texts.phase(node.phase)]);
  if (node.domain) facts.push([t('selection.domain'), texts.domain(node.domain)]);
  if (node.level) facts.push([t('selection.level'), texts.level(node.level)]);
  if (node.theme) facts.push([t('selection.theme'), node.theme]);
  if (node.province) facts.push([t('selection.province'), node.province]);
  if (node.degree !== null) facts.push([t('selection.degree'), number(node.degree)]);
  return (
    <>
      <dl className="dsv-network__facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {node.emphasis && <p className="dsv-network__note">{t('selection.highLoad')}</p>}
    </>
  );
}
