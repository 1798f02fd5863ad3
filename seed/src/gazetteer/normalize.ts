/**
 * The key a municipality name is looked up by: case, diacritics, spacing and
 * punctuation do not count, and a leading "Gemeente" is ignored, so that
 * "Noardeast Fryslan", "noardeast-fryslân" and "Gemeente Noardeast-Fryslân"
 * all find the same place.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .trim()
    .replace(/^gemeente\s+/, '')
    .replace(/[^a-z0-9]/g, '');
}

/** `GM0363`, `gm0363`, `0363` and `363` → `GM0363`; anything else → undefined. */
export function cbsCode(text: string): string | undefined {
  const match = /^(?:gm)?(\d{1,4})$/i.exec(text.trim());
  return match ? `GM${match[1]!.padStart(4, '0')}` : undefined;
}
