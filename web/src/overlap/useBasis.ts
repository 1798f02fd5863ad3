import { useUrlParam } from '../ui/url/useUrlParam';
import { BASES, type OverlapBasis } from './api';

/** The overlap basis from `?basis=parties` (default: partnerships, left out of the URL). */
export function useBasis(): [OverlapBasis, (basis: OverlapBasis) => void] {
  const [text, setText] = useUrlParam('basis');
  const basis = BASES.find((b) => b.toLowerCase() === text) ?? 'PARTNERSHIPS';
  return [basis, (b) => setText(b === 'PARTNERSHIPS' ? null : b.toLowerCase())];
}
