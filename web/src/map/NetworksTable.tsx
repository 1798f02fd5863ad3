import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../api/networks';

interface NetworksTableProps {
  networks: readonly Network[];
}

/** One row per national network: reported count next to the count in the database. */
export function NetworksTable({ networks }: NetworksTableProps) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const captionId = useId();

  // On narrow screens the table scrolls sideways: the scroll box is a named,
  // focusable region so keyboard users can scroll it too.
  return (
    <div className="dsv-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <TableCaption id={captionId}>{t('networks.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('networks.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('networks.key')}</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('networks.reported')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('networks.inMap')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {networks.map((network) => (
            <TableRow key={network.key}>
              <TableHeaderCell scope="row">{network.name}</TableHeaderCell>
              <TableCell>
                <code>{network.key}</code>
              </TableCell>
              <TableCell numericColumn>
                {network.reportedCount == null ? t('networks.unknown') : number.format(network.reportedCount)}
              </TableCell>
              <TableCell numericColumn>{number.format(network.partnershipCount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
