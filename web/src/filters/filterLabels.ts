import type { FilterText } from './useFilterTexts';
import nl from './nl.json';

type PhaseKey = keyof typeof nl.phases;
type DomainKey = keyof typeof nl.domains;

/** "3 – Operationeel"; a phase without a text shows as its number. */
export function phaseLabel(t: FilterText, phase: number): string {
  const key = String(phase);
  return key in nl.phases ? t(`phases.${key as PhaseKey}`) : key;
}

/** "Financier: gemeente"; an unknown domain shows as its key. */
export function domainLabel(t: FilterText, domain: string): string {
  return domain in nl.domains ? t(`domains.${domain as DomainKey}`) : domain;
}
