import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toGeoJson } from '../../web/src/map/data/exportFormats.js';
import type { MapPoint } from '../../web/src/map/data/mapPoint.js';
import { BOM, csvBlob, toCsv } from '../../web/src/ui/export/csv.js';
import { neutralise } from '../../web/src/ui/export/neutralise.js';
import { fileName } from '../../web/src/ui/export/saveFile.js';
import type { Sheet } from '../../web/src/ui/export/sheet.js';
import { toXlsx } from '../../web/src/ui/export/xlsx.js';
import { formatFor } from '../../web/src/ui/format.js';
import { labelsFor } from '../../web/src/ui/labels.js';
import { sheetRows, type Column } from '../../web/src/ui/table/columns.js';

/** Every formula start OWASP names, planted in names. */
const PLANTED = ['=HYPERLINK("http://evil.example","klik")', '+cmd|" /C calc"!A0', '-1+1', '@SUM(A1:A9)', '\t=1+1', '\r=1+1'];

interface Row {
  name: string;
  network: string;
  phase: number | null;
  jaccard: number;
  count: number;
}

/** 342 rows, like the municipalities: the first six carry a planted formula as their name. */
const ROWS: Row[] = Array.from({ length: 342 }, (_, i) => ({
  name: PLANTED[i] ?? `Gemeente ${i}`,
  network: i % 2 ? 'nza' : 'lpa',
  phase: i % 5 === 0 ? null : (i % 4) + 1,
  jaccard: i / 400,
  count: 1000 + i,
}));

function sheetOf(language: 'nl' | 'en'): Sheet {
  const labels = labelsFor(language);
  const columns: Column<Row>[] = [
    { key: 'name', label: 'Naam', value: (r) => r.name, rowHeader: true },
    { key: 'network', label: 'Netwerk', value: (r) => labels.network(r.network) },
    { key: 'phase', label: 'Fase', value: (r) => labels.phase(r.phase) || null },
    { key: 'jaccard', label: 'Jaccard', value: (r) => r.jaccard, format: 'jaccard' },
    { key: 'count', label: 'Aantal', value: (r) => r.count, format: 'integer' },
    { key: 'link', label: 'Kaart', value: () => 'x', exported: false },
  ];
  return {
    ...sheetRows(columns, ROWS),
    title: '=Drukte',
    language,
    about: [
      { label: 'Filters', value: 'netwerk: Regionale experimenten' },
      { label: 'Let op', value: 'Illustratieve gegevens' },
    ],
  };
}

/** The data rows of a CSV, up to the empty line before the "about" block. */
function csvRows(text: string, delimiter: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter }).data;
  return rows.slice(
    0,
    rows.findIndex((r) => r.length === 1 && r[0] === ''),
  );
}

describe('the export module', () => {
  it('writes a Dutch CSV with BOM, every row, names as on screen, ";" and a decimal comma', async () => {
    const bytes = new Uint8Array(await csvBlob(sheetOf('nl')).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(BOM.length);
    const rows = csvRows(text, ';');
    expect(rows).toHaveLength(1 + 342);
    expect(rows[0]).toEqual(['Naam', 'Netwerk', 'Fase', 'Jaccard', 'Aantal']);
    expect(rows[8]).toEqual(['Gemeente 7', 'Regionale experimenten', '4 – Borging', '0,0175', '1007']);
    expect(rows[11]).toEqual(['Gemeente 10', 'Lokale preventieakkoorden', '', '0,025', '1010']);
    expect(text).not.toContain('lpa');
    expect(text).toContain('\r\n\r\nOver deze export\r\nFilters;netwerk: Regionale experimenten\r\nLet op;Illustratieve gegevens\r\n');
  });

  it('writes an English CSV with "," and a decimal point, and English names', () => {
    const rows = csvRows(toCsv(sheetOf('en')), ',');
    expect(rows).toHaveLength(343);
    expect(rows[8]).toEqual(['Gemeente 7', 'Regional experiments', '4 – Embedding', '0.0175', '1007']);
    expect(rows[2]![2]).toBe('2 – Shared vision, goals and approach');
  });

  it('neutralises every planted formula in the CSV; numbers stay numbers, negative ones too', () => {
    const text = toCsv({ ...sheetOf('nl'), rows: [...sheetOf('nl').rows, ['negatief', null, null, -0.5, -3]] });
    const rows = csvRows(text, ';');
    expect(rows.slice(1, 7).map((r) => r[0])).toEqual(PLANTED.map((p) => `'${p}`));
    expect(rows.at(-1)).toEqual(['negatief', '', '', '-0,5', '-3']);
    // The title in the about block is text too.
    expect(text).not.toMatch(/(^|[;\n])=/);
  });

  it('writes XLSX with numbers as numbers, neutralised text, and the about sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await toXlsx(sheetOf('nl')));
    const [data, about] = workbook.worksheets;
    expect(data!.name).toBe('=Drukte');
    expect(about!.name).toBe('Over deze export');
    expect(data!.rowCount).toBe(343);
    const values = (r: number) => (data!.getRow(r).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['Naam', 'Netwerk', 'Fase', 'Jaccard', 'Aantal']);
    expect(values(9)).toEqual(['Gemeente 7', 'Regionale experimenten', '4 – Borging', 0.0175, 1007]);
    for (let r = 2; r <= 7; r++) {
      const cell = data!.getRow(r).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML stores a lone CR as a line feed; what matters is the leading quote.
      expect(cell.value).toBe(`'${PLANTED[r - 2]!.replace('\r', '\n')}`);
    }
    expect(data!.getRow(9).getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect((about!.getRow(1).values as unknown[]).slice(1)).toEqual(['Filters', 'netwerk: Regionale experimenten']);
  });

  it('writes the map GeoJSON with network names and phase labels, every text property neutralised', () => {
    const points: MapPoint[] = PLANTED.map((name, i) => ({
      id: `p${i}`,
      name,
      networks: ['gezondin', 'lpa'],
      phase: 3,
      lat: 52 + i / 100,
      lon: 5,
    })) as MapPoint[];
    const geo = toGeoJson(points, labelsFor('nl'));
    expect(geo.features).toHaveLength(6);
    expect(geo.features[0]!.geometry.coordinates).toEqual([5, 52]);
    expect(geo.features.map((f) => f.properties.name)).toEqual(PLANTED.map((p) => `'${p}`));
    expect(geo.features[1]!.properties).toMatchObject({
      networks: ['GezondIn-netwerken', 'Lokale preventieakkoorden'],
      phase: '3 – Operationeel',
    });
  });

  it('leaves harmless text alone and names files dsv-kaart-<what>-<date>.<ext>', () => {
    expect(['Zwolle', "'al", '12', 'a=b', ' =x'].map(neutralise)).toEqual(['Zwolle', "'al", '12', 'a=b', ' =x']);
    expect(fileName({ name: 'Drukte gemeenten', extension: 'csv' }, new Date(2026, 10, 27, 23, 30))).toBe(
      'dsv-kaart-drukte-gemeenten-2026-11-27.csv',
    );
  });

  it('formats numbers and labels the same way in both languages', () => {
    const nl = formatFor('nl');
    const en = formatFor('en');
    expect([nl.integer(12345), nl.jaccard(0.5), nl.jaccard(0.9333), nl.km(12.34), nl.percent(0.42)]).toEqual([
      '12.345',
      '0,50',
      '0,93',
      '12,3 km',
      '42%',
    ]);
    expect([en.integer(12345), en.jaccard(0.5), en.km(12.34)]).toEqual(['12,345', '0.50', '12.3 km']);
    const labels = labelsFor('en');
    expect([
      labels.network('nza'),
      labels.network('lpa'),
      labels.network('new', 'Nieuw netwerk'),
      labels.theme('Leefstijl'),
      labels.domain('care'),
      labels.level('regional'),
    ]).toEqual(['Regional experiments', 'Local prevention agreements', 'Nieuw netwerk', 'Lifestyle', 'Care', 'regional']);
  });
});
