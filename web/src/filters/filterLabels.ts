import type { Labels } from '../ui/labels';

/**
 * The filter bar's names for phases and domains come from the kit's one
 * source of labels (ui/labels), like every page, legend and export.
 */

/** "3 – Operationeel"; a phase without a name shows as its number. */
export function phaseLabel(labels: Labels, phase: number): string {
  return labels.phase(phase);
}

/** "Financier: gemeente"; an unknown domain shows as its key. */
export function domainLabel(labels: Labels, domain: string): string {
  return labels.domain(domain);
}
