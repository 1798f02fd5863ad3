import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dbConfigFromEnv, describeIssues, withoutEmpty, type DbConfig } from '@dsv/neo4j';
import { mapSettingsFrom, type MapSettingsValues } from './map/map-settings.js';

/** The repository root (two levels above server/src). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  /** The built web client, served at `/` when it exists. */
  webDist: string;
  /** Load the illustrative dataset when the database is empty. */
  seedWhenEmpty: boolean;
  /** Base map of the map view (TILE_URL, TILE_ATTRIBUTION). */
  map: MapSettingsValues;
  db: DbConfig;
}

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).optional(),
  SEED_WHEN_EMPTY: z.enum(['true', 'false']).default('true'),
});

/** Reads and validates all settings once, at start. Throws with one line per problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  const c = parsed.data;
  const webDist = resolve(repoRoot, c.WEB_DIST ?? join('web', 'dist'));
  return {
    port: c.PORT,
    host: c.HOST,
    production: c.NODE_ENV === 'production',
    logLevel: c.LOG_LEVEL,
    webDist,
    seedWhenEmpty: c.SEED_WHEN_EMPTY === 'true',
    map: mapSettingsFrom(env),
    db: dbConfigFromEnv(env, repoRoot),
  };
}

export function hasWebClient(config: AppConfig): boolean {
  return existsSync(join(config.webDist, 'index.html'));
}
