import { useEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';

/**
 * Controller: after a client-side navigation to another place, moves focus to
 * the new page's `<h1>` so keyboard and screen-reader users land on the new
 * content, as they would after a full page load. The first load, a new query
 * on the same place (e.g. the language) and redirects (replace navigations,
 * e.g. `/` to `/kaart`) leave focus alone. Renders nothing.
 */
export function RouteFocus() {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const previousPathname = useRef(pathname);

  useEffect(
    function focusHeading() {
      if (previousPathname.current === pathname) return;
      previousPathname.current = pathname;
      if (navigationType === 'REPLACE') return;
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) return;
      heading.tabIndex = -1;
      heading.focus();
    },
    [pathname, navigationType],
  );

  return null;
}
