import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueryResult } from '../data/result';
import { ErrorState } from '../layout/ErrorState';
import { DataLoading } from '../data/DataLoading';

interface QueryViewProps<TData> {
  result: QueryResult<TData>;
  children: (data: TData) => ReactNode;
}

/** Loading and error states of a query; the data goes to `children`. */
export function QueryView<TData>({ result, children }: QueryViewProps<TData>) {
  const { t } = useTranslation('ui');
  if (result.status === 'loading') return <DataLoading result={result} label={t('state.loading')} />;
  if (result.status === 'error') {
    return (
      <ErrorState
        title={t('state.errorTitle')}
        help={t('state.errorHelp')}
        detail={t('state.errorDetail', { message: result.error.message })}
        retryLabel={t('state.retry')}
        onRetry={result.retry}
      />
    );
  }
  return <>{children(result.data)}</>;
}
