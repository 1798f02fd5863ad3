import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Filters } from '../filters/filters';
import { mapLinkToPlace, type LatLon } from './links';

interface MapLinkProps {
  /** The place's name, for screen readers: "Op de kaart: Utrecht". */
  place: string;
  filter: Partial<Filters>;
  centre: LatLon | null;
  zoom: number;
}

/** "Op de kaart": opens the map filtered on and centred at a place. */
export function MapLink({ place, filter, centre, zoom }: MapLinkProps) {
  const { t } = useTranslation('ui');
  const [params] = useSearchParams();
  return (
    <Link
      className="utrecht-link utrecht-link--html-a"
      to={mapLinkToPlace(params, filter, centre, zoom)}
      aria-label={`${t('links.map')}: ${place}`}
    >
      {t('links.map')}
    </Link>
  );
}
