import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import type { OverlapBasis } from './api';

/** What every overlap chart section needs: texts, network names, number formats, the SVG to export, and the unit of the basis. */
export function useOverlapChart(basis: OverlapBasis) {
  const { t } = useTranslation('overlap');
  return {
    t,
    label: useLabels().network,
    format: useFormat(),
    svg: useRef<SVGSVGElement>(null),
    unit: t(`overlap.units.${basis}`),
  };
}
