import { Db, type ReadOptions } from '@dsv/neo4j';

export interface Statement {
  name: string;
  params: Record<string, unknown>;
}

/**
 * The project's Db, noting which statements it runs while `recording` is
 * set: so the benchmark can PROFILE exactly what our server ran for an
 * operation, and count its round trips.
 */
export class RecordingDb extends Db {
  recorded: Statement[] | null = null;

  override read<T>(name: string, params: Record<string, unknown> = {}, options?: ReadOptions): Promise<T[]> {
    this.recorded?.push({ name, params });
    return super.read<T>(name, params, options);
  }

  /** The statements run while `work` runs. */
  async record(work: () => Promise<unknown>): Promise<Statement[]> {
    this.recorded = [];
    try {
      await work();
      return this.recorded;
    } finally {
      this.recorded = null;
    }
  }
}
