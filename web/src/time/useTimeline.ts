import { useCallback, useMemo } from 'react';
import type { ActiveCountsQuery } from '../data/gql/graphql';
import { toPartnershipFilter } from '../filters/filters';
import { todayIso } from '../filters/asOf';
import { useFilters } from '../filters/useFilters';
import type { QueryResult } from '../data/result';
import { useGql } from '../data/useGql';
import { ActiveCountsDocument } from './api';
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
 * last day; the current quarter today): the API's own as-of counts, one
 * request for every quarter. `enabled` false holds it back, e.g. until the
 * map has its points.
 */
export function useTimeline(enabled = true): QueryResult<Timeline> {
  const [filters] = useFilters();
  const filter = toPartnershipFilter(filters);
  const today = todayIso();
  const quarters = useMemo(() => quartersUntil(today), [today]);
  const dates = useMemo(() => quarters.map((q) => q.end), [quarters]);
  const select = useCallback(
    (result: ActiveCountsQuery): Timeline => ({
      quarters: quarters.map((q, i) => ({ ...q, partnerships: result.activeCounts[i]! })),
      illustrative: result.dataInfo.illustrative,
    }),
    [quarters],
  );
  return useGql(ActiveCountsDocument, { dates, filter }, { select, keep: true, enabled });
}
