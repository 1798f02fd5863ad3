import { loadavg } from 'node:os';

/**
 * Waits (at most 30 minutes, polling every 20 s) until the 1-minute load
 * average is below `max`: the machine is shared, and numbers taken while
 * other test runs use its two cores say little. Goes on anyway after that, and says so.
 */
export async function waitForQuiet(max: number, log: (m: string) => void): Promise<void> {
  const deadline = Date.now() + 30 * 60_000;
  while (loadavg()[0]! >= max) {
    if (Date.now() > deadline) {
      log(`[bench] load still ${loadavg()[0]!.toFixed(2)} after 30 minutes: measuring anyway`);
      return;
    }
    log(`[bench] load average ${loadavg()[0]!.toFixed(2)} ≥ ${max}: waiting…`);
    await new Promise((r) => setTimeout(r, 20_000));
  }
}
