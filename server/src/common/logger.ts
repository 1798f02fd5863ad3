import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON logger for the server; `silent` in tests unless LOG_LEVEL says otherwise. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'dsv-kaart' }, redact: ['req.headers.authorization', 'req.headers.cookie'] });
}
