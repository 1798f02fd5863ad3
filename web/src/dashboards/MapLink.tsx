import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Filters } from '../filters/filters';
import { useLanguage } from '../i18n/useLanguage';
import { mapLink, type LatLon } from './mapLink';

interface MapLinkProps {
  /** The place's name, for screen readers: "Op de kaart: Utrecht". */
  place: string;
  filter: Partial<Filters>;
  centre: LatLon | null;
  zoom: number;
}

/** "Op de kaart": opens the map filtered on and centred at a place. */
export function MapLink({ place, filter, centre, zoom }: MapLinkProps) {
  const { t } = useTranslation('dashboards');
  const language = useLanguage();
  return (
    <Link
      className="utrecht-link utrecht-link--html-a"
      to={mapLink(filter, centre, zoom, language)}
      aria-label={`${t('map.link')}: ${place}`}
    >
      {t('map.link')}
    </Link>
  );
}
