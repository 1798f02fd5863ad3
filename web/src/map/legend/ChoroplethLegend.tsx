import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ZERO_COLOUR, type ChoroplethClass } from '../../ui/regions/choropleth';

interface ChoroplethLegendProps {
  /** "Samenwerkingsverbanden per GGD-regio" */
  title: string;
  classes: readonly ChoroplethClass[];
}

function Swatch({ fill }: { fill: string }) {
  return (
    <svg width="18" height="14" aria-hidden="true" className="dsv-legend__swatch">
      <rect x="0.5" y="0.5" width="17" height="13" fill={fill} stroke="#4a5560" />
    </svg>
  );
}

/** The choropleth's classes with their breaks, 0, hatched "geen gegevens", and what the numbers are (and are not). */
export function ChoroplethLegend({ title, classes }: ChoroplethLegendProps) {
  const { t } = useTranslation('map');
  const hatchId = useId();

  return (
    <div className="dsv-legend__block">
      <h3 className="dsv-legend__title">{title}</h3>
      <ul className="dsv-legend__list">
        {[...classes].reverse().map((c) => (
          <li key={c.min}>
            <Swatch fill={c.colour} />
            {c.min === c.max ? t('legend.single', { min: c.min }) : t('legend.range', { min: c.min, max: c.max })}
          </li>
        ))}
        <li>
          <Swatch fill={ZERO_COLOUR} />
          {t('legend.zeroArea')}
        </li>
        <li>
          <svg width="18" height="14" aria-hidden="true" className="dsv-legend__swatch">
            <defs>
              <pattern id={hatchId} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
                <line x1="0" y1="0" x2="0" y2="6" stroke="#8a939c" strokeWidth="2" />
              </pattern>
            </defs>
            <rect x="0.5" y="0.5" width="17" height="13" fill={`url(#${hatchId})`} stroke="#4a5560" />
          </svg>
          {t('legend.noData')}
        </li>
      </ul>
      <p className="dsv-legend__note">{t('legend.absolute')}</p>
    </div>
  );
}
