import type { ClientResult } from './result.js';
export async function runClient(_log: (m: string) => void): Promise<ClientResult> {
  throw new Error('not yet');
}
