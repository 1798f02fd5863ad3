import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';

export interface Machine {
  nproc: number;
  memoryGiB: number;
  cpu: string;
  node: string;
  java: string;
  neo4j: string;
  chromium?: string;
}

function cpuModel(): string {
  try {
    return /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** `java -version` writes to stderr. */
function javaVersion(): string {
  try {
    return execFileSync('sh', ['-c', 'java -version 2>&1'], { encoding: 'utf8' }).split('\n')[0]!.trim();
  } catch {
    return 'unknown';
  }
}

/** The machine the numbers were taken on. */
export async function describeMachine(driver: Driver): Promise<Machine> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
  );
  const neo4j = records.map((r) => `${r.get('name')} ${r.get('version')} ${r.get('edition')}`).join(', ');
  return {
    nproc: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    cpu: cpuModel(),
    node: process.version,
    java: javaVersion(),
    neo4j,
  };
}

/** The 1, 5 and 15 minute load averages, rounded. */
export const load = () => loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number];
