import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from './useDocumentTitle';

interface PlacePageProps {
  title: string;
  intro: string;
  children?: ReactNode;
}

/** A place's page: its one `<h1>`, a lead paragraph, then its content. */
export function PlacePage({ title, intro, children }: PlacePageProps) {
  useDocumentTitle(title);

  return (
    <>
      <Heading1>{title}</Heading1>
      <Paragraph appearance="lead">{intro}</Paragraph>
      {children}
    </>
  );
}
