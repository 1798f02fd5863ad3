import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { DEFAULT_TILE_ATTRIBUTION, DEFAULT_TILE_URL, mapSettingsFrom } from '../../server/src/map/map-settings.js';
import { resetDb, testDb } from '../helpers/db.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

describe('map settings from the environment', () => {
  it('default to the grey PDOK BRT-Achtergrondkaart with the Kadaster credit', () => {
    expect(mapSettingsFrom({})).toEqual({ tileUrl: DEFAULT_TILE_URL, tileAttribution: 'Kaartgegevens © Kadaster' });
  });

  it('take another https tile server or a path on this server', () => {
    const url = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(mapSettingsFrom({ TILE_URL: url, TILE_ATTRIBUTION: '© Voorbeeld' })).toEqual({ tileUrl: url, tileAttribution: '© Voorbeeld' });
    expect(mapSettingsFrom({ TILE_URL: '/tiles/{z}/{x}/{y}.png' }).tileUrl).toBe('/tiles/{z}/{x}/{y}.png');
  });

  it('turn the base map off with "none" or an empty value', () => {
    expect(mapSettingsFrom({ TILE_URL: 'none' }).tileUrl).toBeNull();
    expect(mapSettingsFrom({ TILE_URL: '' }).tileUrl).toBeNull();
  });

  it('refuse what the browser could not load, naming the setting', () => {
    expect(() => mapSettingsFrom({ TILE_URL: 'http://tiles.example.org/{z}/{x}/{y}.png' })).toThrow(
      'Settings: invalid "TILE_URL". Expecting an https:// URL or a /path',
    );
    expect(() => mapSettingsFrom({ TILE_URL: 'https://tiles.example.org/tile.png' })).toThrow(
      'Expecting a tile template with {z}, {x} and {y}',
    );
  });
});

describe('mapSettings query', () => {
  let db: Db;
  let server: TestServer;

  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    server = await startTestServer(db, { NODE_ENV: 'production' });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });

  it('tells the client which base map to draw', async () => {
    const { status, body } = await server.gql('{ mapSettings { tileUrl tileAttribution } }');
    expect(status).toBe(200);
    expect(body).toEqual({ data: { mapSettings: { tileUrl: DEFAULT_TILE_URL, tileAttribution: DEFAULT_TILE_ATTRIBUTION } } });
  });
});
