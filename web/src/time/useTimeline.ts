import { useMemo } from 'react';
import { toPartnershipFilter } from '../filters/filters';
import { todayIso } from '../filters/asOf';
import { useFilters } from '../filters/useFilters';
import { request } from '../data/request';
import type { QueryResult } from '../data/result';
import { useGqlQuery } from '../data/useGql';
import { ActiveByQuarterDocument, countsOf, dateVariables, DATES_PER_REQUEST } from './api';
import { quartersUntil, type Quarter } from './quarters';

/** One bar of the timeline: a quarter and the partnerships valid on the day it is counted on. */
export interface QuarterCount extends Quarter {
  partnerships: number;
}

export interface Timeline {
  quarters: QuarterCount[];
  /** True when any partnership comes from the generated illustrative dataset. */
  illustrative: boolean;
}

/**
 * The partnerships that pass the shared filters, counted per quarter (on its
 * last day; the current quarter today): the API's own as-of count, asked for
 * 12 dates per request, one request after the other (the view's own
 * questions go first), all under one cache entry. `enabled` false holds it
 * back, e.g. until the map has its points.
 */
export function useTimeline(enabled = true): QueryResult<Timeline> {
  const [filters] = useFilters();
  const filter = toPartnershipFilter(filters);
  const today = todayIso();
  const quarters = useMemo(() => quartersUntil(today), [today]);
  return useGqlQuery(
    ['timeline', filter, today],
    async ({ signal }) => {
      const chunks: Quarter[][] = [];
      for (let i = 0; i < quarters.length; i += DATES_PER_REQUEST) chunks.push(quarters.slice(i, i + DATES_PER_REQUEST));
      const answers = [];
      for (const chunk of chunks)
        answers.push(await request(ActiveByQuarterDocument, { filter, ...dateVariables(chunk.map((q) => q.end)) }, { signal }));
      const counts = answers.flatMap((answer, i) => countsOf(answer, chunks[i]!.length));
      return {
        quarters: quarters.map((q, i) => ({ ...q, partnerships: counts[i]! })),
        illustrative: answers.some((a) => a.dataInfo.illustrative),
      };
    },
    { keep: true, enabled },
  );
}
