import { Button, Heading2 } from '@utrecht/component-library-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PointProps } from '../data/clusterIndex';

interface StackListProps {
  points: readonly PointProps[];
  onSelect: (id: string) => void;
  onClose: () => void;
}

/** Partnerships at (nearly) one position, which no zoom level can split: pick one from a list. */
export function StackList({ points, onSelect, onClose }: StackListProps) {
  const { t } = useTranslation('map');
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(function focusStackHeading() {
    heading.current?.focus();
  }, []);

  return (
    <div className="dsv-panel">
      <div className="dsv-panel__head">
        <Heading2 ref={heading} tabIndex={-1}>
          {t('stack.heading', { count: points.length })}
        </Heading2>
        <Button type="button" appearance="secondary-action-button" onClick={onClose}>
          {t('stack.close')}
        </Button>
      </div>
      <ul className="dsv-plain-list">
        {[...points]
          .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
          .map((p) => (
            <li key={p.id}>
              <Button type="button" appearance="subtle-button" className="dsv-link-button" onClick={() => onSelect(p.id)}>
                {p.name}
              </Button>
            </li>
          ))}
      </ul>
    </div>
  );
}
