/** How many items fall under each key (an item may have several keys), as rows by count desc, then key. */
export function countBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of new Set(keys(item))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key, 'nl'));
}

/** The distinct provinces of a partnership's municipalities. */
export const provincesOf = (p: { municipalities: readonly { province: string }[] }) => [
  ...new Set(p.municipalities.map((m) => m.province)),
];
