import type { Db } from '@dsv/neo4j';
import { createPasswordToken, passwordLink } from '@dsv/seed';
import type { AppConfig } from '../config.js';
import type { Logger } from '../common/logger.js';

/**
 * On an embedded start with no users yet: makes a one-time link (24 hours)
 * for the first administrator and logs it. The link's token rides in the URL
 * fragment, which browsers never send to a server.
 */
export async function offerFirstAdmin(db: Db, config: AppConfig, logger: Logger, base: string): Promise<string | null> {
  if (config.db.kind !== 'embedded') return null;
  const [row] = await db.read<{ users: number }>('auth/user-count');
  if ((row?.users ?? 0) > 0) return null;
  const token = await createPasswordToken(db, null, 'ADMIN');
  const link = passwordLink(token, { PUBLIC_URL: config.auth.publicUrl ?? base });
  logger.info(`No users yet. Create the first administrator (one-time link, valid 24 hours): ${link}`);
  return link;
}
