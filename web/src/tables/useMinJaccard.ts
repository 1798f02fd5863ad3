import { useUrlParam } from '../ui/url/useUrlParam';

export const JACCARD = { min: 0.05, max: 1, step: 0.05, fallback: 0.5 } as const;

/** The URL parameter of the threshold, shared by Tafels, a party's page and the tables graph. */
export const JACCARD_PARAM = 'jaccard';

/** Rounds to the slider's step and keeps it within range. */
export function snapJaccard(value: number): number {
  const stepped = Math.round(value / JACCARD.step) * JACCARD.step;
  return Number(Math.min(JACCARD.max, Math.max(JACCARD.min, stepped)).toFixed(2));
}

/** The duplicate-table threshold from `?jaccard=0.6` (default 0.5, left out of the URL). */
export function useMinJaccard(): [number, (value: number) => void] {
  const [text, setText] = useUrlParam(JACCARD_PARAM);
  const parsed = Number(text);
  const value = text !== null && Number.isFinite(parsed) ? snapJaccard(parsed) : JACCARD.fallback;
  return [value, (v) => setText(snapJaccard(v) === JACCARD.fallback ? null : String(snapJaccard(v)))];
}
