import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';

interface SectionProps {
  title: string;
  intro?: string;
  /** True while its data loads (`aria-busy`). */
  busy?: boolean;
  children: ReactNode;
}

/** A titled part of a page, named by its heading for landmarks navigation. */
export function Section({ title, intro, busy, children }: SectionProps) {
  const headingId = useId();
  return (
    <section className="dsv-section" aria-labelledby={headingId} aria-busy={busy || undefined}>
      <Heading2 id={headingId}>{title}</Heading2>
      {intro && <Paragraph>{intro}</Paragraph>}
      {children}
    </section>
  );
}
