import Papa from 'papaparse';
import type { GraphModel } from './graphModel';

const OPTIONS: Papa.UnparseConfig = { escapeFormulae: true };

/**
 * The visible graph as two CSV files. Columns in English, like the import
 * format; lists joined with ";" as there. Cells that a spreadsheet would
 * read as a formula are escaped.
 */
export function nodesCsv(graph: GraphModel): string {
  return Papa.unparse(
    {
      fields: ['key', 'kind', 'id', 'name', 'networks', 'domain', 'phase', 'level', 'theme', 'province', 'degree'],
      data: graph.nodes.map((n) => [
        n.key,
        n.kind,
        n.id,
        n.name,
        n.networks.join(';'),
        n.domain,
        n.phase,
        n.level,
        n.theme,
        n.province,
        n.degree,
      ]),
    },
    OPTIONS,
  );
}

export function edgesCsv(graph: GraphModel): string {
  return Papa.unparse(
    {
      fields: ['source', 'target', 'kind', 'shared', 'jaccard'],
      data: graph.edges.map((e) => [e.source, e.target, e.kind, e.shared, e.jaccard]),
    },
    OPTIONS,
  );
}
