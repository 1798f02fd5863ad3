import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TablePair } from './api';
import { PAIR_PARAM, pairValue } from './pairParam';

interface CompareLinkProps {
  pair: TablePair;
  names: string;
  current: boolean;
}

/** Sets a pair side by side below the list (a link: the choice is in the URL). */
export function CompareLink({ pair, names, current }: CompareLinkProps) {
  const { t } = useTranslation('dashboards');
  const [params] = useSearchParams();
  const next = new URLSearchParams(params);
  next.set(PAIR_PARAM, pairValue(pair));
  return (
    <Link
      className="utrecht-link utrecht-link--html-a"
      to={{ search: `?${next.toString()}`, hash: '#vergelijking' }}
      aria-current={current ? 'true' : undefined}
      aria-label={`${t('duplicates.compare')}: ${names}`}
    >
      {t('duplicates.compare')}
    </Link>
  );
}
