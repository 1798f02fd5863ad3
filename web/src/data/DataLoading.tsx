import { LoadingState } from '../layout/LoadingState';
import type { QueryState } from './result';
import { useLoadingLabel } from './useLoadingLabel';

interface DataLoadingProps {
  result: QueryState<unknown>;
  /** What the view says while it loads, e.g. "Netwerken laden…". */
  label: string;
}

/** The loading state of a query's view; says so when the server is still preparing its data. */
export function DataLoading({ result, label }: DataLoadingProps) {
  return <LoadingState label={useLoadingLabel(result, label)} />;
}
