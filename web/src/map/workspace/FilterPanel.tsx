import { Button } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FilterPanelProps {
  id: string;
  open: boolean;
  children: ReactNode;
}

/** The filters beside the map (left); folded away, the map takes the room. */
export function FilterPanel({ id, open, children }: FilterPanelProps) {
  const { t } = useTranslation('map');

  return (
    <section id={id} className="dsv-map-filters" aria-label={t('workspace.filters')} hidden={!open}>
      {children}
    </section>
  );
}

interface FilterToggleProps {
  controls: string;
  open: boolean;
  onToggle: () => void;
}

/** The button that folds the filter panel in and out; says which it will do. */
export function FilterToggle({ controls, open, onToggle }: FilterToggleProps) {
  const { t } = useTranslation('map');

  return (
    <Button type="button" appearance="secondary-action-button" aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {open ? t('workspace.hideFilters') : t('workspace.showFilters')}
    </Button>
  );
}
