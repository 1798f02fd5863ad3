import { Agent, request } from 'node:http';

const agent = new Agent({ keepAlive: true, maxSockets: 128 });

export interface Answer {
  status: number;
  ms: number;
  /** extensions.code of the first error, if any. */
  code?: string;
  bytes: number;
}

/** One request on loopback; never throws for an HTTP or GraphQL error (they are what the run measures). */
export function send(url: string, method: 'GET' | 'POST', body?: unknown, timeoutMs = 120_000): Promise<Answer> {
  const payload = body === undefined ? undefined : JSON.stringify(body);
  const started = performance.now();
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = payload
      ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
      : {};
    const req = request(url, { method, agent, headers, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let code: string | undefined;
        try {
          code = (JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] }).errors?.[0]?.extensions?.code;
        } catch {
          code = 'UNPARSEABLE';
        }
        resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, code, bytes: text.length });
      });
    });
    req.on('timeout', () => req.destroy(new Error('client timeout')));
    req.on('error', () => resolve({ status: 0, ms: performance.now() - started, code: 'NO_ANSWER', bytes: 0 }));
    req.end(payload);
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
