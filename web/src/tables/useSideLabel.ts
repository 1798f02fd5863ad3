import { useTranslation } from 'react-i18next';
import type { Side } from './comparison';

/** "Beide tafels", or "Alleen <naam>". */
export function useSideLabel(a: { name: string }, b: { name: string }): (side: Side) => string {
  const { t } = useTranslation('tables');
  return (side) => (side === 'both' ? t('compare.both') : t('compare.only', { name: side === 'a' ? a.name : b.name }));
}
