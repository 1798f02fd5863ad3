import { useTranslation } from 'react-i18next';
import { colorOf, pieBackground, type NetworkPalette } from '../data/networkColors';

interface NetworkLegendProps {
  networks: readonly { key: string; name: string }[];
  palette: NetworkPalette;
}

/** What the colours, the multi-coloured points and the cluster badges mean. */
export function NetworkLegend({ networks, palette }: NetworkLegendProps) {
  const { t } = useTranslation('map');
  const sample = networks.slice(0, 3).map((n) => ({ key: n.key, weight: 1 }));

  return (
    <div className="dsv-legend__block">
      <h3 className="dsv-legend__title">{t('legend.networks')}</h3>
      <ul className="dsv-legend__list">
        {networks.map((n) => (
          <li key={n.key}>
            <span className="dsv-point dsv-legend__symbol" style={{ background: colorOf(palette, n.key) }} aria-hidden="true" />
            {n.name}
          </li>
        ))}
        <li>
          <span
            className="dsv-point dsv-point--multi dsv-legend__symbol"
            style={{ background: pieBackground(palette, sample) }}
            aria-hidden="true"
          />
          {t('legend.multi')}
        </li>
        <li>
          <span className="dsv-cluster dsv-legend__cluster" style={{ background: pieBackground(palette, sample) }} aria-hidden="true">
            <span className="dsv-cluster__count">12</span>
          </span>
          {t('legend.cluster')}
        </li>
      </ul>
    </div>
  );
}
