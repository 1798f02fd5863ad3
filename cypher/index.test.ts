import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, cypherDir, list } from './index.js';

/** A fragment's text as a statement gets it: without its opening comment. */
const body = (name: string) => cypher(name).replace(/^(?:[ \t]*\/\/.*\n)+/, '');

describe('Cypher texts', () => {
  it('expand `#include fragments/…` into the fragment’s text, so the partnership filter exists once', () => {
    const fragment = body('fragments/partnership-filter');
    for (const name of [
      'analytics/overlap-partnerships',
      'analytics/intersections-parties',
      'analytics/party-reach',
      'analytics/community-graph',
      'analytics/region-crowding',
      'explore/map-points',
      'graph/network-graph-parties',
    ]) {
      const text = cypher(name);
      expect(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8')).toContain('#include fragments/partnership-filter');
      expect(text).not.toContain('#include');
      expect(text).toContain(fragment);
    }
  });

  it('put the names given to an include in the place of the fragment’s own, and nothing else', () => {
    const filter = cypher('fragments/partnership-filter');
    expect(filter).toContain('(NOT coalesce(\n(p.validFrom > $asOf OR p.validTo <= $asOf)\n, false))\nAND ($networks IS NULL');
    const change = cypher('analytics/network-change');
    expect(change).toContain('(link.validFrom > $from OR link.validTo <= $from)');
    expect(change).toContain('(p.validFrom > $to OR p.validTo <= $to)');
    expect(change).not.toMatch(/\bentity\b|\$asOf/);
  });

  it('write "valid on a date" once: every statement that compares dates gets the comparison from the fragment', () => {
    const folders = ['analytics', 'explore', 'graph', 'loaders', 'networks'];
    const own = (name: string) => readFileSync(join(cypherDir, `${name}.cypher`), 'utf8');
    const compares = /valid(From|To)\s*[<>]=?\s*\$/;
    const dated = folders.flatMap((f) => list(f)).filter((name) => compares.test(cypher(name)));
    expect(dated.length).toBeGreaterThan(15);
    for (const name of dated) expect(own(name)).not.toMatch(compares);
    expect(cypher('fragments/not-valid-on')).toMatch(compares);
  });

  it('let a statement bind a parameter its fragments use to a variable of its own, in the fragments too', () => {
    const text = cypher('explore/active-counts');
    expect(readFileSync(join(cypherDir, 'explore/active-counts.cypher'), 'utf8')).toMatch(/^#bind \$asOf day$/m);
    expect(text).toContain('(p.validFrom > day OR p.validTo <= day)');
    expect(text).toContain('(netLink.validFrom > day OR netLink.validTo <= day)');
    expect(text).not.toMatch(/\$asOf|^\s*#bind/m);
    // Only that parameter: the filter's others stay parameters.
    expect(text).toContain('$networks IS NULL');
  });

  it('leave no statement with an unexpanded include', () => {
    const folders = ['analytics', 'explore', 'export', 'graph', 'import', 'loaders', 'networks'];
    for (const name of folders.flatMap((f) => list(f))) expect(cypher(name)).not.toMatch(/^\s*#/m);
  });
});
