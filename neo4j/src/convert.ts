import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';

/** A WGS-84 position as the API and the client see it. */
export interface LatLon {
  lat: number;
  lon: number;
}

/**
 * Converts a value coming out of the driver into plain JSON-friendly data:
 * integers to numbers, WGS-84 points to `{ lat, lon }`, temporals to ISO
 * strings, nodes and relationships to their properties. The one place where
 * driver types are turned into ours.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isPoint(value)) return { lat: value.y, lon: value.x } satisfies LatLon;
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toNative(value.properties);
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toNative(v);
    return out;
  }
  return value;
}

/** A driver record as a plain object of native values. */
export function recordToObject<T>(record: Neo4jRecord): T {
  const out: Record<string, unknown> = {};
  for (const key of record.keys) out[String(key)] = toNative(record.get(key));
  return out as T;
}

/**
 * Prepares parameters for the driver: whole JS numbers become Neo4j integers
 * (so LIMIT, list slices and stored counts are integers, not floats);
 * everything else is passed as it is.
 */
export function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toParams(v);
    return out;
  }
  return value;
}

/**
 * A Neo4j `date` parameter from an ISO date (yyyy-mm-dd, already checked), so
 * that a statement compares stored dates with it as they are.
 */
export function dateParam(iso: string): unknown {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new neo4j.types.Date(year, month, day);
}
