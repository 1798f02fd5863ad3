#!/usr/bin/env node
// Initial-JS budget for `/`: builds the web client, then sums the gzip size
// (level 9, as Vite reports it) of the entry script and the chunks that
// web/dist/index.html modulepreloads: what a first visit must download before
// the app runs. Fails above 150 kB (1 kB = 1,000 bytes).
//   node scripts/gates/js-budget.mjs [--dist <built dir>]   (--dist: measure, do not build)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { ROOT, gate, keepLog, options } from './lib/gate.mjs';

const LIMIT_KB = 150;
const opts = options();

/** The scripts a first load of index.html fetches: module entry scripts and modulepreloads. */
function initialScripts(html) {
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) found.push(attr('src'));
    if (/^<link/i.test(tag) && attr('rel') === 'modulepreload' && attr('href')) found.push(attr('href'));
  }
  return [...new Set(found)];
}

await gate('js-budget', () => {
  let dist = opts.dist;
  if (!dist) {
    const build = spawnSync('pnpm', ['--filter', '@dsv/web', 'build'], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 2 ** 20,
      timeout: 900_000,
    });
    const out = stripVTControlCharacters(`${build.stdout}\n${build.stderr}`);
    const log = keepLog('web-build', out);
    // Vite names the problem after "Build failed with 1 error:", e.g. `[MISSING_EXPORT] "x" is not exported by "src/a.ts".`
    const why = /Build failed with \d+ errors?:\s*\n\s*(.+)/.exec(out)?.[1] ?? /^error.*$/im.exec(out)?.[0] ?? '';
    if (build.status !== 0) return { ok: false, text: `the web build failed${why ? ` (${why})` : ''}: see ${log}` };
    dist = join(ROOT, 'web', 'dist');
  }
  const scripts = initialScripts(readFileSync(join(dist, 'index.html'), 'utf8'));
  if (scripts.length === 0) return { ok: false, text: 'index.html loads no module script' };
  const bytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src.replace(/^\//, ''))), { level: 9 }).length, 0);
  const kb = (bytes / 1000).toFixed(1);
  const text = `${kb} kB gzip of initial JS for / (${scripts.length} scripts; limit ${LIMIT_KB} kB)`;
  return bytes > LIMIT_KB * 1000 ? { ok: false, text } : { ok: true, text: `(${text})` };
});
