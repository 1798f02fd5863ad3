import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../ui/QueryView';
import { PairAttributes } from './PairAttributes';
import { PairMunicipalities } from './PairMunicipalities';
import { PairParties } from './PairParties';
import { useTablePair } from './queries';

/** Two tables side by side: their attributes, parties and region. */
export function PairComparison({ a, b }: { a: string; b: string }) {
  const { t } = useTranslation('tables');
  const pair = useTablePair(a, b);
  return (
    <QueryView result={pair}>
      {(tables) =>
        tables.a && tables.b ? (
          <>
            <PairAttributes a={tables.a} b={tables.b} />
            <PairParties a={tables.a} b={tables.b} />
            <PairMunicipalities a={tables.a} b={tables.b} />
          </>
        ) : (
          <Paragraph>{t('compare.notFound')}</Paragraph>
        )
      }
    </QueryView>
  );
}
