import type { ReactNode } from 'react';

interface DisclosureProps {
  summary: string;
  /** Shown after the summary, e.g. how many items are inside. */
  count?: number;
  children: ReactNode;
}

/** A closed-by-default section of the panel, so the peers below stay in reach. */
export function Disclosure({ summary, count, children }: DisclosureProps) {
  return (
    <details className="dsv-disclosure">
      <summary className="dsv-disclosure__summary">
        {summary}
        {count !== undefined && ` (${count})`}
      </summary>
      <div className="dsv-disclosure__body">{children}</div>
    </details>
  );
}
