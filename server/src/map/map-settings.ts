import { z } from 'zod';
import { describeIssues } from '@dsv/neo4j';

/** PDOK's BRT-Achtergrondkaart in grey: the Dutch government's open base map. */
export const DEFAULT_TILE_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/grijs/EPSG:3857/{z}/{x}/{y}.png';
export const DEFAULT_TILE_ATTRIBUTION = 'Kaartgegevens © Kadaster';

/** What the map client needs to know about its base map. */
export interface MapSettingsValues {
  /** A Leaflet tile URL template; null draws no base map (points and layers still draw). */
  tileUrl: string | null;
  tileAttribution: string;
}

// The browser loads the tiles, and the server's CSP allows images from itself
// and over https only: a template must be https or a path on this server.
const tileUrl = z
  .string()
  .trim()
  .default(DEFAULT_TILE_URL)
  .refine((v) => v === '' || v === 'none' || /^(https:\/\/|\/)\S+$/.test(v), {
    message: 'an https:// URL or a /path, or "none" for no base map',
  })
  .refine((v) => v === '' || v === 'none' || ['{z}', '{x}', '{y}'].every((part) => v.includes(part)), {
    message: 'a tile template with {z}, {x} and {y}',
  });

const schema = z.object({
  TILE_URL: tileUrl,
  TILE_ATTRIBUTION: z.string().trim().min(1).default(DEFAULT_TILE_ATTRIBUTION),
});

/**
 * Reads the base map settings (`TILE_URL`, `TILE_ATTRIBUTION`). Throws with one
 * line per problem, e.g. `Settings: invalid "TILE_URL". Expecting a tile template with {z}, {x} and {y}.`
 */
export function mapSettingsFrom(env: NodeJS.ProcessEnv): MapSettingsValues {
  const parsed = schema.safeParse(env);
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  const { TILE_URL, TILE_ATTRIBUTION } = parsed.data;
  return { tileUrl: TILE_URL === '' || TILE_URL === 'none' ? null : TILE_URL, tileAttribution: TILE_ATTRIBUTION };
}
