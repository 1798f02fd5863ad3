import { Paragraph } from '@utrecht/component-library-react';

/** A polite "Laden…" that screen readers announce without interrupting. */
export function LoadingState({ label }: { label: string }) {
  return (
    <Paragraph role="status" className="dsv-loading">
      {label}
    </Paragraph>
  );
}
