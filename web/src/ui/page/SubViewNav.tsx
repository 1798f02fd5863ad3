import { Link, useSearchParams } from 'react-router';
import { subViewSearch } from './subViews';

export interface SubView {
  id: string;
  label: string;
}

interface SubViewNavProps {
  /** Names the navigation, e.g. "Onderdelen van Overlap". */
  label: string;
  views: readonly SubView[];
  current: string;
}

/**
 * The sub-views of a place as links (`?view=drukte`), so each has its own
 * address; the current one carries `aria-current="page"`. The list is laid
 * out like the main navigation's (`dsv-nav__list`).
 */
export function SubViewNav({ label, views, current }: SubViewNavProps) {
  const [params] = useSearchParams();
  return (
    <nav className="dsv-subnav" aria-label={label}>
      <ul className="dsv-nav__list dsv-subnav__list">
        {views.map((view, i) => (
          <li key={view.id} className="dsv-subnav__item">
            <Link
              className="dsv-subnav__link"
              to={{ search: subViewSearch(params, view.id, i === 0) }}
              aria-current={view.id === current ? 'page' : undefined}
            >
              {view.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
