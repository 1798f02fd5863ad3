import type { RequestHandler } from 'express';

/** The answer /graphql gives while the data is being prepared; the web client shows a loading state and retries. */
export const NOT_READY_BODY = {
  errors: [
    {
      message: 'De gegevens worden voorbereid / The data is being prepared',
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    },
  ],
};

/** 503 with Retry-After while the schema and first data are being prepared. */
export function whenReady(prepared: () => boolean): RequestHandler {
  return (_req, res, next) => {
    if (prepared()) return next();
    res.status(503).set('retry-after', '2').set('cache-control', 'no-store').json(NOT_READY_BODY);
  };
}

/**
 * Refuses to send a GraphQL answer larger than `maxBytes` (the cost limit
 * keeps answers far below it; this is the last line).
 */
export function responseCap(maxBytes: number): RequestHandler {
  return (_req, res, next) => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body === 'string' && Buffer.byteLength(body) > maxBytes) {
        res.status(400);
        return send(
          JSON.stringify({
            errors: [
              {
                message: `The answer would be larger than ${maxBytes} bytes: ask for fewer rows or fields.`,
                extensions: { code: 'RESPONSE_TOO_LARGE' },
              },
            ],
          }),
        );
      }
      return send(body);
    };
    next();
  };
}
