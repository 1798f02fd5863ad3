import type { Db } from '@dsv/neo4j';
import type { Network } from './network.type.js';

export class NetworkService {
  constructor(private readonly db: Db) {}

  list(): Promise<Network[]> {
    return this.db.read<Network>('networks/list');
  }
}
