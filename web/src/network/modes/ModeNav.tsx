import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { viewFrom, withView, MODES, type Mode } from '../state/viewState';

/** The three modes as links: each is a URL of its own, and the back button goes between them. */
export function ModeNav({ mode }: { mode: Mode }) {
  const { t } = useTranslation('network');
  const [params] = useSearchParams();

  return (
    <nav className="dsv-network__modes" aria-label={t('modes.label')}>
      <ul>
        {MODES.map((m) => (
          <li key={m}>
            <Link
              className="dsv-network__mode utrecht-link utrecht-link--html-a"
              to={{ search: `?${withView(params, { ...viewFrom(params), mode: m }).toString()}` }}
              aria-current={m === mode ? 'page' : undefined}
            >
              {t(`modes.${m}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
