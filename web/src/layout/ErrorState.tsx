import { Alert, Button, Paragraph } from '@utrecht/component-library-react';

interface ErrorStateProps {
  title: string;
  help: string;
  /** The technical message, for whoever reports the problem. */
  detail?: string;
  retryLabel: string;
  onRetry: () => void;
}

/** Says clearly that something could not be loaded, and offers to try again. */
export function ErrorState({ title, help, detail, retryLabel, onRetry }: ErrorStateProps) {
  return (
    <Alert type="error">
      <Paragraph>
        <strong>{title}</strong>
      </Paragraph>
      <Paragraph>{help}</Paragraph>
      {detail && <Paragraph appearance="small">{detail}</Paragraph>}
      <Button type="button" appearance="secondary-action-button" onClick={onRetry}>
        {retryLabel}
      </Button>
    </Alert>
  );
}
