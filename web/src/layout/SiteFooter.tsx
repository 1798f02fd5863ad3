import { PageFooter, Paragraph } from '@utrecht/component-library-react';
import { Trans, useTranslation } from 'react-i18next';

const GEONAMES_URL = 'https://www.geonames.org/';
const CC_BY_URL = 'https://creativecommons.org/licenses/by/4.0/';

export function SiteFooter() {
  const { t } = useTranslation();

  return (
    <PageFooter className="dsv-footer">
      <div className="utrecht-page-footer__content">
        <Paragraph>{t('footer.project')}</Paragraph>
        <Paragraph>{t('footer.report')}</Paragraph>
        <Paragraph>
          <Trans
            i18nKey="footer.places"
            components={{
              geonames: <a className="utrecht-link" href={GEONAMES_URL} />,
              license: <a className="utrecht-link" href={CC_BY_URL} />,
            }}
          />
        </Paragraph>
      </div>
    </PageFooter>
  );
}
