import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { languageSearch } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';
import type { RecordKind } from './fields';

/** "Gegevens en geschiedenis": the record's own page, where it is edited and its history shown. */
export function RecordLink({ kind, id }: { kind: RecordKind; id: string }) {
  const { t } = useTranslation('living');
  const search = languageSearch(useLanguage());
  return (
    <Paragraph>
      <Link
        className="utrecht-link utrecht-link--html-a"
        data-record-link={kind}
        to={{ pathname: `/gegevens/${kind}/${encodeURIComponent(id)}`, search }}
      >
        {t('panel.record')}
      </Link>
    </Paragraph>
  );
}
