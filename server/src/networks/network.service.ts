import type { Reader } from '../common/request-db.js';
import type { Network } from './network.type.js';

export class NetworkService {
  constructor(private readonly db: Reader) {}

  list(): Promise<Network[]> {
    return this.db.read<Network>('networks/list');
  }
}
