import neo4j from 'neo4j-driver';
import { cypher } from '@dsv/cypher';
import { toNative, type Db } from '@dsv/neo4j';

/**
 * The data version as this process last read it: `epoch:value`. Reads are
 * shared: a request waits for a read that started after it arrived (so it
 * sees every write committed before it, by any process), and all requests
 * that arrive during one read share the next. Reads go on a session of their
 * own, not counted among the requests' round trips (Db.calls).
 */
export class DataVersion {
  private running: Promise<string> | undefined;
  private queued: Promise<string> | undefined;

  constructor(
    private readonly db: Db,
    private readonly timeoutMs = 2000,
  ) {}

  /** The version of the data as of now (a read that started no earlier than this call). */
  current(): Promise<string> {
    if (!this.running) return this.start();
    // A read is under way, but it may have started before a write this request has seen: take the next one.
    this.queued ??= this.running.then(
      () => this.start(),
      () => this.start(),
    );
    return this.queued;
  }

  private start(): Promise<string> {
    this.queued = undefined;
    const read = this.read().finally(() => {
      if (this.running === read) this.running = undefined;
    });
    this.running = read;
    return read;
  }

  private async read(): Promise<string> {
    const session = this.db.driver.session({ database: this.db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(cypher('meta/data-version'), {}, { timeout: this.timeoutMs });
      const record = result.records[0]!;
      return `${record.get('epoch') as string}:${String(toNative(record.get('value')))}`;
    } finally {
      await session.close();
    }
  }
}
