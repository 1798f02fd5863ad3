import { asOfParam } from '../common/dates.js';
import type { Reader } from '../common/request-db.js';
import type { Network } from './network.type.js';

export class NetworkService {
  constructor(private readonly db: Reader) {}

  /** The networks with their partnerships on `asOf` (default today). */
  list(asOf?: string | null): Promise<Network[]> {
    return this.db.read<Network>('networks/list', { asOf: asOfParam(asOf) });
  }
}
