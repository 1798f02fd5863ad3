import type { NetworkPair } from './api';

/** Jaccard of two networks from the API's pairs (a < b); 0 where they share nothing. */
export function jaccardLookup(pairs: readonly NetworkPair[]): (a: string, b: string) => NetworkPair | null {
  const byPair = new Map(pairs.map((p) => [`${p.a}\u0000${p.b}`, p]));
  return (a, b) => byPair.get(a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`) ?? null;
}

/** Black or white, whichever reads better on a fill given as `rgb(r, g, b)` or `#rrggbb`. */
export function textOn(fill: string): '#000000' | '#ffffff' {
  const channels = fill.startsWith('#')
    ? [1, 3, 5].map((i) => parseInt(fill.slice(i, i + 2), 16))
    : (fill.match(/\d+(\.\d+)?/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  // Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05).
  return (luminance + 0.05) / 0.05 >= 1.05 / (luminance + 0.05) ? '#000000' : '#ffffff';
}
