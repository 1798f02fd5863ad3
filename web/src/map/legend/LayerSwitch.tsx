import { FieldsetLegend, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CROWDING_LAYERS, type CrowdingLayer } from '../state/mapUrl';

interface LayerSwitchProps {
  value: CrowdingLayer;
  onChange: (layer: CrowdingLayer) => void;
}

/** Radio buttons: no crowding layer, or crowding by partnerships, tables, parties or index. */
export function LayerSwitch({ value, onChange }: LayerSwitchProps) {
  const { t } = useTranslation('map');
  const id = useId();

  return (
    <fieldset className="dsv-layer-switch utrecht-form-fieldset__fieldset">
      <FieldsetLegend>{t('layer.legend')}</FieldsetLegend>
      {CROWDING_LAYERS.map((layer) => (
        <div key={layer} className="dsv-layer-switch__choice">
          <RadioButton
            id={`${id}-${layer}`}
            name={`${id}-layer`}
            value={layer}
            checked={value === layer}
            onChange={() => onChange(layer)}
          />
          <label htmlFor={`${id}-${layer}`}>{t(`layer.${layer}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
