import { Heading1, Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../../layout/useDocumentTitle';
import { SubViewNav, type SubView } from './SubViewNav';
import './page.css';

interface SubViewPageProps {
  /** The place's name: the page's one `<h1>`. */
  place: string;
  intro: string;
  navLabel: string;
  views: readonly SubView[];
  current: string;
  children: ReactNode;
}

/**
 * A place made of sub-views: heading, lead, the sub-view links, then the
 * current sub-view. The tab title names the sub-view too ("Drukte – Overlap").
 */
export function SubViewPage({ place, intro, navLabel, views, current, children }: SubViewPageProps) {
  const view = views.find((v) => v.id === current);
  useDocumentTitle(view ? `${view.label} – ${place}` : place);
  return (
    <>
      <Heading1>{place}</Heading1>
      <Paragraph appearance="lead">{intro}</Paragraph>
      <SubViewNav label={navLabel} views={views} current={current} />
      {children}
    </>
  );
}
