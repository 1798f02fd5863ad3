import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger };

/** One JSON logger for the server; `silent` in tests unless LOG_LEVEL says otherwise. `destination` defaults to stdout. */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = { level, base: { app: 'dsv-kaart' }, redact: ['req.headers.authorization', 'req.headers.cookie'] };
  return destination ? pino(options, destination) : pino(options);
}
