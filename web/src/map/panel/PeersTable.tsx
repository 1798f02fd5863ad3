import {
  Button,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from '../api/peers';

interface PeersTableProps {
  peers: readonly Peer[];
  radiusKm: number;
  onSelect: (id: string) => void;
}

/** The peers in the API's order (shared themes, distance, name); a name selects that partnership. */
export function PeersTable({ peers, radiusKm, onSelect }: PeersTableProps) {
  const { t, i18n } = useTranslation('map');
  const captionId = useId();
  const km = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  return (
    <div className="dsv-table-scroll dsv-peers__table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table>
        <TableCaption id={captionId}>{t('peers.caption', { km: radiusKm })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('peers.name')}</TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('peers.distance')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('peers.sharedThemes')}
            </TableHeaderCell>
            <TableHeaderCell scope="col" numericColumn>
              {t('peers.sharedParties')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {peers.map((peer) => (
            <TableRow key={peer.partnership.id} data-id={peer.partnership.id}>
              <TableHeaderCell scope="row">
                <Button type="button" appearance="subtle-button" className="dsv-link-button" onClick={() => onSelect(peer.partnership.id)}>
                  {peer.partnership.name}
                </Button>
              </TableHeaderCell>
              <TableCell numericColumn>{km.format(peer.distanceKm)}</TableCell>
              <TableCell numericColumn>{peer.sharedThemes}</TableCell>
              <TableCell numericColumn>{peer.sharedParties}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
