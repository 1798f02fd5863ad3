import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { TablePair } from './api';
import { compareLink } from '../ui/links';
import { PAIR_PARAM } from './pairParam';

interface CompareLinkProps {
  pair: TablePair;
  names: string;
  current: boolean;
  onCompare: () => void;
}

/** Sets a pair side by side below the list (a link: the choice is in the URL). */
export function CompareLink({ pair, names, current, onCompare }: CompareLinkProps) {
  const { t } = useTranslation('tables');
  const [params] = useSearchParams();
  return (
    <Link
      className="utrecht-link utrecht-link--html-a"
      to={compareLink(params, pair, PAIR_PARAM)}
      onClick={onCompare}
      aria-current={current ? 'true' : undefined}
      aria-label={`${t('duplicates.compare')}: ${names}`}
    >
      {t('duplicates.compare')}
    </Link>
  );
}
