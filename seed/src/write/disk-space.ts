import { statfsSync } from 'node:fs';
import { InputError } from '../format/errors.js';

/** Never start an import with less free space than this next to the database. */
export const MIN_FREE_BYTES = 512 * 2 ** 20;
/**
 * Bytes of transaction log and store an import may write per byte of input.
 * Measured: a 42.6 MB CSV import into an empty database wrote 196 MB of
 * transaction log and 144 MB of store (8 per input byte); 20 leaves room for
 * a --replace (the deletions are logged too) and for check points.
 */
export const BYTES_WRITTEN_PER_INPUT_BYTE = 20;

/** The free space an import of `inputBytes` needs on the database's disk. */
export function spaceNeeded(inputBytes: number): number {
  return Math.max(MIN_FREE_BYTES, inputBytes * BYTES_WRITTEN_PER_INPUT_BYTE);
}

/**
 * Refuses an import when the disk that holds the database (`dataDir`) has
 * less free space than the import needs: a disk that fills up halfway
 * through stops Neo4j. Skipped when the database is elsewhere (NEO4J_URI).
 */
export function checkFreeSpace(dataDir: string | undefined, inputBytes: number, origin: string): void {
  if (!dataDir) return;
  const stats = statfsSync(dataDir);
  const free = stats.bavail * stats.bsize;
  const needed = spaceNeeded(inputBytes);
  if (free < needed) {
    throw new InputError([
      {
        file: origin,
        message:
          `not enough free disk space for this import: ${mb(free)} free next to the database (${dataDir}), ` +
          `${mb(needed)} needed; nothing was written. Free some space (see README, "Recovery") and try again`,
      },
    ]);
  }
}

function mb(bytes: number): string {
  return `${Math.floor(bytes / 2 ** 20)} MB`;
}
