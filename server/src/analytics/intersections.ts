/**
 * From each combination's exclusive count, the intersection count of every
 * observed combination: the elements in at least all of its networks (the sum
 * of the exclusive counts of its supersets).
 */
export function withIntersections(rows: { networks: string[]; exclusive: number }[]) {
  return rows.map((row) => ({
    ...row,
    intersection: rows
      .filter((other) => row.networks.every((key) => other.networks.includes(key)))
      .reduce((sum, other) => sum + other.exclusive, 0),
  }));
}
