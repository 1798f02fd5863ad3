import { Button } from '@utrecht/component-library-react';
import type { QueryResult } from '../data/result';

interface InlineQueryStateProps {
  result: QueryResult<unknown>;
  /** The class of the line, as the part of the page it stands in styles it. */
  className: string;
  texts: { loading: string; error: string; retry: string };
}

/**
 * A query's loading and error states as one short line (the error with "try
 * again"), for a part of a page that waits on its own data; QueryView is the
 * whole-view counterpart. Nothing once there is data.
 */
export function InlineQueryState({ result, className, texts }: InlineQueryStateProps) {
  if (result.status === 'loading')
    return (
      <p className={className} role="status">
        {texts.loading}
      </p>
    );
  if (result.status === 'error')
    return (
      <p className={className} role="alert">
        {texts.error}{' '}
        <Button type="button" appearance="subtle-button" onClick={result.retry}>
          {texts.retry}
        </Button>
      </p>
    );
  return null;
}
