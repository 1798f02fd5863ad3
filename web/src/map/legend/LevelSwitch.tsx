import { Checkbox, FieldsetLegend, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAP_LEVELS, type MapLevel } from '../state/mapUrl';

interface LevelSwitchProps {
  value: MapLevel;
  onChange: (level: MapLevel) => void;
  points: boolean;
  onPoints: (shown: boolean) => void;
}

/** Radio buttons for the outlines (gemeente, GGD-regio, zorgkantoorregio, provincie), and a box to hide the partnerships. */
export function LevelSwitch({ value, onChange, points, onPoints }: LevelSwitchProps) {
  const { t } = useTranslation('map');
  const id = useId();

  return (
    <>
      <fieldset className="dsv-layer-switch utrecht-form-fieldset__fieldset">
        <FieldsetLegend>{t('level.legend')}</FieldsetLegend>
        {MAP_LEVELS.map((level) => (
          <div key={level} className="dsv-layer-switch__choice">
            <RadioButton
              id={`${id}-${level}`}
              name={`${id}-level`}
              value={level}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <label htmlFor={`${id}-${level}`}>{t(`level.${level}`)}</label>
          </div>
        ))}
      </fieldset>
      <div className="dsv-layer-switch__choice">
        <Checkbox id={`${id}-points`} checked={points} onChange={(e) => onPoints(e.target.checked)} />
        <label htmlFor={`${id}-points`}>{t('level.points')}</label>
      </div>
    </>
  );
}
