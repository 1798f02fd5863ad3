import { describe, expect, it } from 'vitest';
import { municipalities } from '../gazetteer/index.js';
import { ABSORBED, GGD_BY_SAFETY_REGION, HART_VOOR_BRABANT_FROM_VR20, SUCCESSORS, ZORGKANTOOR_2023 } from './codes.js';
import { REGION_TYPES, regions, safetyRegions, zorgkantoor2019 } from './index.js';

const CODES = municipalities().map((m) => m.code);
const of = (type: string) => regions().filter((r) => r.type === type);
const regionOf = (type: string) => new Map(of(type).flatMap((r) => r.municipalities.map((m) => [m, r.code] as const)));

describe('region divisions of 1 January 2023', () => {
  it.each([
    ['PROVINCE', 12],
    ['GGD', 25],
    ['ZORGKANTOOR', 31],
  ])('%s has %i regions, none empty, with distinct codes and names', (type, count) => {
    const list = of(type);
    expect(list).toHaveLength(count);
    expect(list.every((r) => r.municipalities.length > 0)).toBe(true);
    expect(new Set(list.map((r) => r.code)).size).toBe(count);
    expect(new Set(list.map((r) => r.name)).size).toBe(count);
  });

  it.each(REGION_TYPES)('every one of the 342 municipalities is in exactly one %s region', (type) => {
    const listed = of(type).flatMap((r) => r.municipalities);
    expect(CODES).toHaveLength(342);
    expect(listed.sort()).toEqual([...CODES].sort());
  });

  it('region codes are unique across the types (a filter takes codes of any type)', () => {
    expect(new Set(regions().map((r) => r.code)).size).toBe(12 + 25 + 31);
  });

  it('the copied safety-region table has the same 342 municipalities as the gazetteer', () => {
    expect([...safetyRegions().keys()].sort()).toEqual([...CODES].sort());
  });
});

describe('zorgkantoorregio’s brought from the 2019 table to 2023', () => {
  const table2019 = zorgkantoor2019();
  const now = regionOf('ZORGKANTOOR');
  const code2023 = (name2019: string) => ZORGKANTOOR_2023[name2019]![0];

  it('the 2019 table has 355 municipalities in 32 regions, each mapped to a 2023 region', () => {
    expect(table2019.size).toBe(355);
    const names = new Set(table2019.values());
    expect(names.size).toBe(32);
    expect([...names].filter((n) => !ZORGKANTOOR_2023[n])).toEqual([]);
  });

  it('a municipality that existed in 2019 keeps its region', () => {
    const kept = CODES.filter((c) => table2019.has(c));
    expect(kept).toHaveLength(342 - Object.keys(SUCCESSORS).length);
    expect(kept.filter((c) => now.get(c) !== code2023(table2019.get(c)!))).toEqual([]);
  });

  it('a municipality formed since 2019 lies in the one region all its predecessors were in', () => {
    for (const [code, predecessors] of Object.entries(SUCCESSORS)) {
      expect(CODES).toContain(code);
      expect(table2019.has(code)).toBe(false);
      expect(new Set(predecessors.map((p) => code2023(table2019.get(p)!)))).toEqual(new Set([now.get(code)]));
    }
  });

  it('every 2019 municipality still exists, formed a new one or was taken into a continuing one', () => {
    const accounted = new Set([...CODES, ...Object.values(SUCCESSORS).flat(), ...Object.keys(ABSORBED)]);
    expect([...table2019.keys()].filter((c) => !accounted.has(c))).toEqual([]);
    for (const continuing of Object.values(ABSORBED)) expect(CODES).toContain(continuing);
  });
});

describe('GGD regions', () => {
  const vr = safetyRegions();
  const ggd = regionOf('GGD');

  it('follow the safety regions except in Midden- en West-Brabant, whose Midden-Brabant part is GGD Hart voor Brabant', () => {
    const differing = CODES.filter((c) => ggd.get(c) !== GGD_BY_SAFETY_REGION[vr.get(c)!]![0]);
    expect(differing.sort()).toEqual([...HART_VOOR_BRABANT_FROM_VR20].sort());
    expect(differing.every((c) => vr.get(c) === 'VR20' && ggd.get(c) === 'GG5406')).toBe(true);
  });

  it('GGD West-Brabant has 16 municipalities and GGD Hart voor Brabant 19', () => {
    expect(of('GGD').find((r) => r.code === 'GG5206')!.municipalities).toHaveLength(16);
    expect(of('GGD').find((r) => r.code === 'GG5406')!.municipalities).toHaveLength(19);
  });
});
