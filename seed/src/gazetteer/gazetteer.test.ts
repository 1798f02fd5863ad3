import { describe, expect, it } from 'vitest';
import { GAZETTEER_CREDIT, PROVINCES, findMunicipality, municipalities } from './index.js';

// The European Netherlands with a little margin (Cadzand to Bad Nieuweschans, Eijsden to Rottumeroog).
const BOX = { south: 50.7, north: 53.7, west: 3.3, east: 7.3 };

describe('gazetteer', () => {
  const all = municipalities();

  it('lists the 342 current municipalities, sorted by unique CBS code', () => {
    expect(all).toHaveLength(342);
    expect(new Set(all.map((m) => m.code)).size).toBe(342);
    expect(all.every((m) => /^GM\d{4}$/.test(m.code))).toBe(true);
    expect(all.map((m) => m.code)).toEqual([...all.map((m) => m.code)].sort());
  });

  it('puts every municipality in one of the twelve provinces, and every province has some', () => {
    expect(PROVINCES).toHaveLength(12);
    expect(all.filter((m) => !PROVINCES.includes(m.province))).toEqual([]);
    expect(new Set(all.map((m) => m.province)).size).toBe(12);
  });

  it('gives every municipality a position inside the Netherlands', () => {
    const outside = all.filter((m) => !(m.lat > BOX.south && m.lat < BOX.north && m.lon > BOX.west && m.lon < BOX.east));
    expect(outside).toEqual([]);
  });

  it('keeps official names unique', () => {
    expect(new Set(all.map((m) => m.name)).size).toBe(342);
  });

  it.each([
    ['GM0518', "'s-Gravenhage", 'Zuid-Holland'],
    ['GM1970', 'Noardeast-Fryslân', 'Fryslân'],
    ['GM0772', 'Eindhoven', 'Noord-Brabant'],
    ['GM0363', 'Amsterdam', 'Noord-Holland'],
    ['GM1900', 'Súdwest-Fryslân', 'Fryslân'],
    ['GM0796', "'s-Hertogenbosch", 'Noord-Brabant'],
  ])('resolves %s to its official name %s', (code, name, province) => {
    expect(findMunicipality(code)).toMatchObject({ code, name, province });
    expect(findMunicipality(code.slice(2))?.name).toBe(name);
    expect(findMunicipality(name)?.code).toBe(code);
  });

  it.each([
    ['Den Haag', 'GM0518'],
    ['The Hague', 'GM0518'],
    ['den haag', 'GM0518'],
    ['s-Gravenhage', 'GM0518'],
    ['Den Bosch', 'GM0796'],
    ["'s-Hertogenbosch", 'GM0796'],
    ['Noordoost-Friesland', 'GM1970'],
    ['Noordoost Friesland', 'GM1970'],
    ['noardeast fryslan', 'GM1970'],
    ['Gemeente Eindhoven', 'GM0772'],
    ['EINDHOVEN', 'GM0772'],
    ['gm0363', 'GM0363'],
    ['363', 'GM0363'],
    ['Sudwest Fryslan', 'GM1900'],
    ['Bergen (NH.)', 'GM0373'],
    ['Bergen L', 'GM0893'],
    ['Ljouwert', 'GM0080'],
  ])('resolves the alias %s', (alias, code) => {
    expect(findMunicipality(alias)?.code).toBe(code);
  });

  it('refuses unknown and ambiguous names', () => {
    expect(findMunicipality('Atlantis')).toBeUndefined();
    expect(findMunicipality('GM9999')).toBeUndefined();
    expect(findMunicipality('Bergen')).toBeUndefined();
    expect(findMunicipality('')).toBeUndefined();
  });

  it('places merged municipalities under their current one only', () => {
    expect(findMunicipality('Weesp')).toBeUndefined(); // part of Amsterdam since 2022
    expect(findMunicipality('Dijk en Waard')?.code).toBe('GM1980');
  });

  it('credits its sources', () => {
    expect(GAZETTEER_CREDIT).toContain('GeoNames');
    expect(GAZETTEER_CREDIT).toContain('CBS, Kadaster (PDOK)');
  });

  it('takes Etten-Leur and Eemnes, which GeoNames has no place for, from their CBS/PDOK boundaries', () => {
    // Interior points of the 2023 boundaries, written by build.ts (interior.ts).
    expect(findMunicipality('Etten-Leur')).toMatchObject({ code: 'GM0777', lat: 51.57846, lon: 4.64322 });
    expect(findMunicipality('Eemnes')).toMatchObject({ code: 'GM0317', lat: 52.24536, lon: 5.27559 });
  });
});
