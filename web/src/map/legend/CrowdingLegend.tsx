import { useTranslation } from 'react-i18next';
import type { CrowdingClass } from '../data/crowdingClasses';
import { CROWDING_FILL } from '../layers/CrowdingLayer';

interface CrowdingLegendProps {
  /** The measure's name, e.g. "Bestuurlijke tafels". */
  metric: string;
  classes: readonly CrowdingClass[];
}

/** The graduated circles: one row per class, with its range of values. */
export function CrowdingLegend({ metric, classes }: CrowdingLegendProps) {
  const { t } = useTranslation('map');
  const largest = classes[classes.length - 1]?.radius ?? 0;

  return (
    <div className="dsv-legend__block">
      <h3 className="dsv-legend__title">{t('legend.crowding', { metric })}</h3>
      <ul className="dsv-legend__list">
        {classes.map((c) => (
          <li key={c.min}>
            <svg width={largest * 2 + 2} height={c.radius * 2 + 2} aria-hidden="true" className="dsv-legend__circle">
              <circle cx={largest + 1} cy={c.radius + 1} r={c.radius} fill={CROWDING_FILL} fillOpacity={0.45} stroke="#1f2933" />
            </svg>
            {c.min === c.max ? t('legend.single', { min: c.min }) : t('legend.range', { min: c.min, max: c.max })}
          </li>
        ))}
        <li>{t('legend.zero')}</li>
      </ul>
    </div>
  );
}
