import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeResultsMarkdown } from '../bench/report/report.js';

/** A tier-L result as the bench writes it. */
const first = JSON.parse(readFileSync(join(import.meta.dirname, '../../bench/results/L-2026-11-23.json'), 'utf8')) as {
  date: string;
  notes: string[];
  concurrency: { operation: string; mode?: string; runs: { connections: number; reqPerSec: number }[] }[];
};
/** A re-run of its concurrency scenario: it keeps the run's date and says so in a note. */
const rerun = {
  ...first,
  concurrency: first.concurrency.map((c) => ({ ...c, runs: c.runs.map((r) => ({ ...r, reqPerSec: 4321.5 })) })),
  notes: ['Concurrency re-run alone at 2026-11-27T15:56:43.876Z.'],
};
/** The crowding row at 32 clients of the re-run. */
const RERUN_ROW = /\| crowding +\| ours, cold \(computed\) \| 32 +\| 4321\.5 /;

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function report(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dsv-bench-report-'));
  dirs.push(dir);
  for (const [name, result] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(result));
  const path = join(dir, 'RESULTS.md');
  writeResultsMarkdown(dir, path);
  return readFileSync(path, 'utf8');
}

describe('bench/RESULTS.md', () => {
  it('shows a re-run that keeps the date of the run it completes, not the run', () => {
    const md = report({ 'L-2026-11-23.json': first, 'L-2026-11-27.json': rerun });
    expect(md).toMatch(RERUN_ROW);
    expect(md).toContain('- Concurrency re-run alone at 2026-11-27T15:56:43.876Z.');
  });

  it('takes the result with the later date, whatever its file is called', () => {
    const md = report({ 'L-2026-11-23.json': rerun, 'L-2026-11-27.json': { ...first, date: '2026-11-22T00:00:00.000Z' } });
    expect(md).toMatch(RERUN_ROW);
    const older = report({ 'L-2026-11-23.json': { ...rerun, date: '2026-11-22T00:00:00.000Z' }, 'L-2026-11-27.json': first });
    expect(older).not.toMatch(RERUN_ROW);
    expect(older).toMatch(/\| crowding +\| ours, cold \(computed\) \| 32 +\| 1\.5 /);
  });
});
