import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cypher, cypherDir, list } from './index.js';

describe('Cypher texts', () => {
  it('expand `#include fragments/…` into the fragment’s text, so the partnership filter exists once', () => {
    const fragment = cypher('fragments/partnership-filter');
    for (const name of [
      'analytics/overlap-partnerships',
      'analytics/intersections-parties',
      'analytics/party-reach',
      'analytics/community-graph',
    ]) {
      const text = cypher(name);
      expect(readFileSync(join(cypherDir, `${name}.cypher`), 'utf8')).toContain('#include fragments/partnership-filter');
      expect(text).not.toContain('#include');
      expect(text).toContain(fragment);
    }
  });

  it('leave no statement with an unexpanded include', () => {
    const folders = ['analytics', 'explore', 'export', 'graph', 'import', 'loaders', 'networks'];
    for (const name of folders.flatMap((f) => list(f))) expect(cypher(name)).not.toMatch(/^\s*#/m);
  });
});
