import { Button } from '@utrecht/component-library-react';
import { useFilterTexts } from './useFilterTexts';

interface MunicipalityChipsProps {
  codes: readonly string[];
  names?: ReadonlyMap<string, string>;
  onChange: (codes: string[]) => void;
}

/** The municipality filter (set from a view, e.g. a crowding row): one removable chip per municipality. */
export function MunicipalityChips({ codes, names, onChange }: MunicipalityChipsProps) {
  const t = useFilterTexts();
  if (codes.length === 0) return null;

  return (
    <div className="dsv-filter-chips" role="group" aria-label={t('groups.municipalities')}>
      <span aria-hidden="true">{t('groups.municipalities')}:</span>
      {codes.map((code) => {
        const name = names?.get(code) ?? code;
        return (
          <Button
            key={code}
            type="button"
            appearance="subtle-button"
            className="dsv-filter-chip"
            aria-label={t('removeMunicipality', { name })}
            onClick={() => onChange(codes.filter((c) => c !== code))}
          >
            {name} <span aria-hidden="true">✕</span>
          </Button>
        );
      })}
    </div>
  );
}
