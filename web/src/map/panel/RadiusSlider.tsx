import { FormLabel } from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_RADIUS_KM, MIN_RADIUS_KM } from '../state/mapUrl';

/** How long the slider may rest before the radius is applied (and the API asked). */
const SETTLE_MS = 250;

interface RadiusSliderProps {
  value: number;
  onChange: (radiusKm: number) => void;
}

/** The peers radius in km: a range input that shows its value and applies it once it settles. */
export function RadiusSlider({ value, onChange }: RadiusSliderProps) {
  const { t } = useTranslation('map');
  const id = useId();
  const [draft, setDraft] = useState(value);

  useEffect(
    function followUrlRadius() {
      setDraft(value);
    },
    [value],
  );

  useEffect(
    function applyWhenSettled() {
      if (draft === value) return;
      const timer = window.setTimeout(() => onChange(draft), SETTLE_MS);
      return function cancelPendingRadius() {
        window.clearTimeout(timer);
      };
    },
    [draft, value, onChange],
  );

  return (
    <div className="dsv-radius">
      <FormLabel htmlFor={id}>{t('peers.radius')}</FormLabel>
      <div className="dsv-radius__row">
        <input
          id={id}
          type="range"
          min={MIN_RADIUS_KM}
          max={MAX_RADIUS_KM}
          step={1}
          value={draft}
          aria-valuetext={t('peers.radiusValue', { km: draft })}
          onChange={(e) => setDraft(Number(e.target.value))}
        />
        <output htmlFor={id}>{t('peers.radiusValue', { km: draft })}</output>
      </div>
    </div>
  );
}
