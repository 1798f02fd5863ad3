import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { dbConfigFromEnv, describeIssues, withoutEmpty, type DbConfig } from '@dsv/neo4j';
import { mapSettingsFrom, type MapSettingsValues } from './map/map-settings.js';

/** The repository root (two levels above server/src). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What one request may cost: checked before it runs, and while it runs. */
export interface RequestLimits {
  /** Estimated objects in the answer (list sizes from arguments and variables, multiplied through nesting). */
  maxCost: number;
  /** From this cost on a request is heavy: it waits for one of `heavySlots`. */
  heavyCost: number;
  heavySlots: number;
  /** Neo4j transaction timeout of every read, in ms. */
  queryTimeoutMs: number;
  /** Wall-clock budget of one GraphQL request, in ms. */
  requestTimeoutMs: number;
  /** Largest GraphQL answer sent, in bytes. */
  maxResponseBytes: number;
}

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  logLevel: string;
  /** Express's `trust proxy`: which proxies' X-Forwarded-* headers to believe. */
  trustProxy: boolean | number | string;
  limits: RequestLimits;
  /** Worker threads that run GraphQL (0: in the main thread). */
  workers: number;
  /** Heap limit of each GraphQL worker thread, in MB. */
  workerHeapMb: number;
  /** Bytes of query answers kept per data version (0: no cache). */
  responseCacheBytes: number;
  /** The built web client, served at `/` when it exists. */
  webDist: string;
  /** Load the illustrative dataset when the database is empty. */
  seedWhenEmpty: boolean;
  /** Base map of the map view (TILE_URL, TILE_ATTRIBUTION). */
  map: MapSettingsValues;
  db: DbConfig;
  auth: AuthConfig;
}

/** Sign-in and sessions (DESIGN.md §7, §9.2). */
export interface AuthConfig {
  /** Reading without a session; false = every query needs one. */
  publicRead: boolean;
  sessionTtlSeconds: number;
  /** Failed sign-ins allowed per client address in 15 minutes. */
  loginAttempts: number;
  /** Where the app is reached from outside (one-time links, OIDC redirect); unset = the request's own host. */
  publicUrl: string | null;
  oidc: OidcConfig | null;
}

export interface OidcConfig {
  issuer: string;
  clientId: string;
  clientSecret: string;
  scopes: string;
  /** A claim whose value is the role (READER … ADMIN); unset = the role comes from the user list. */
  roleClaim: string | null;
  /** Shown on the sign-in button. */
  name: string;
}

const positive = (max: number) => z.coerce.number().int().min(1).max(max);

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().min(1).optional(),
  SEED_WHEN_EMPTY: z.enum(['true', 'false']).default('true'),
  TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d{1,2}|[\w.:/]+(\s*,\s*[\w.:/]+)*)$/,
      'true, false, a number of proxies, or addresses such as loopback,10.0.0.0/8',
    )
    .default('false'),
  MAX_QUERY_COST: positive(100_000_000).default(200_000),
  HEAVY_QUERY_COST: positive(100_000_000).default(10_000),
  HEAVY_QUERY_SLOTS: positive(1000).default(4),
  QUERY_TIMEOUT_MS: positive(600_000).default(10_000),
  REQUEST_TIMEOUT_MS: positive(600_000).default(10_000),
  GRAPHQL_WORKERS: z.coerce.number().int().min(0).max(64).default(Math.min(4, availableParallelism())),
  GRAPHQL_WORKER_HEAP_MB: z.coerce.number().int().min(128).max(65_536).default(2048),
  RESPONSE_CACHE: z
    .string()
    .regex(/^\d+[kmg]?$/i, 'a size in bytes, or such as 512k or 64m; 0 turns the cache off')
    .default('64m'),
  RESPONSE_LIMIT: z
    .string()
    .regex(/^\d+[kmg]?$/i, 'a size in bytes, or such as 512k or 32m')
    .default('32m'),
  PUBLIC_READ: z.enum(['true', 'false']).default('true'),
  SESSION_TTL_HOURS: positive(24 * 90).default(12),
  LOGIN_ATTEMPTS: positive(10_000).default(10),
  PUBLIC_URL: z.url({ protocol: /^https?$/, message: 'an http(s) address such as https://dsv.example.nl' }).optional(),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, message: "the provider's issuer address, such as https://login.example.nl" }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_SCOPES: z.string().min(1).default('openid email profile'),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default('OpenID Connect'),
});

function oidcFrom(c: z.output<typeof schema>): OidcConfig | null {
  const given = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET].filter((v) => v !== undefined).length;
  if (given === 0) return null;
  if (given < 3) throw new Error('OIDC: set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together (or none of them).');
  return {
    issuer: c.OIDC_ISSUER!,
    clientId: c.OIDC_CLIENT_ID!,
    clientSecret: c.OIDC_CLIENT_SECRET!,
    scopes: c.OIDC_SCOPES,
    roleClaim: c.OIDC_ROLE_CLAIM ?? null,
    name: c.OIDC_NAME,
  };
}

function trustProxyFrom(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

const UNIT: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

function bytesOf(size: string): number {
  const unit = size.slice(-1).toLowerCase();
  return unit in UNIT ? Number(size.slice(0, -1)) * UNIT[unit]! : Number(size);
}

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
    trustProxy: trustProxyFrom(c.TRUST_PROXY),
    limits: {
      maxCost: c.MAX_QUERY_COST,
      heavyCost: c.HEAVY_QUERY_COST,
      heavySlots: c.HEAVY_QUERY_SLOTS,
      queryTimeoutMs: c.QUERY_TIMEOUT_MS,
      requestTimeoutMs: c.REQUEST_TIMEOUT_MS,
      maxResponseBytes: bytesOf(c.RESPONSE_LIMIT),
    },
    workers: c.GRAPHQL_WORKERS,
    workerHeapMb: c.GRAPHQL_WORKER_HEAP_MB,
    responseCacheBytes: bytesOf(c.RESPONSE_CACHE),
    webDist,
    seedWhenEmpty: c.SEED_WHEN_EMPTY === 'true',
    map: mapSettingsFrom(env),
    db: dbConfigFromEnv(env, repoRoot),
    auth: {
      publicRead: c.PUBLIC_READ === 'true',
      sessionTtlSeconds: c.SESSION_TTL_HOURS * 3600,
      loginAttempts: c.LOGIN_ATTEMPTS,
      publicUrl: c.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
      oidc: oidcFrom(c),
    },
  };
}

export function hasWebClient(config: AppConfig): boolean {
  return existsSync(join(config.webDist, 'index.html'));
}
