import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launcherArgs, type EmbeddedMemory } from './memory.js';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = join(projectDir, 'target', 'dsv-kaart-neo4j-1.0.0.jar');
const libDir = join(projectDir, 'target', 'lib');

export interface EmbeddedOptions extends EmbeddedMemory {
  dataDir: string;
  port: number;
  password: string;
  log: (message: string) => void;
  /** How long to wait for Bolt, in ms. */
  timeoutMs?: number;
  /** First wait before a restart after Neo4j died, in ms (doubles up to 30 s). */
  restartDelayMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The process id of the running Neo4j (changes when it is restarted). */
  readonly pid: number | undefined;
  /** How often Neo4j was restarted after it died (counted once it is ready again). */
  readonly restarts: number;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after 30 s) and restarts it no more. */
  stop(): Promise<void>;
}

const MAX_RESTART_DELAY_MS = 30_000;
/** After this long up, a crash counts as a new first one again (the back-off resets). */
const STABLE_MS = 60_000;

/** Builds the Java launcher with Maven the first time (downloads Neo4j from Maven Central). */
export function ensureLauncherBuilt(log: (message: string) => void): void {
  if (existsSync(jar) && existsSync(libDir) && statSync(jar).mtimeMs >= newestSource()) return;
  log('Building the embedded Neo4j launcher with Maven (first run only; downloads Neo4j Community from Maven Central)…');
  const result = spawnSync('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: projectDir, stdio: 'inherit' });
  if (result.error) throw new Error(`Cannot run Maven (mvn): ${result.error.message}. Install Java 17 and Maven, or set NEO4J_URI.`);
  if (result.status !== 0) throw new Error(`Maven could not build the Neo4j launcher (exit ${result.status}); see the output above.`);
}

function newestSource(): number {
  const sources = [join(projectDir, 'pom.xml'), join(projectDir, 'src', 'main', 'java', 'nl', 'dsvkaart', 'neo4j', 'Launcher.java')];
  return Math.max(...sources.map((f) => statSync(f).mtimeMs));
}

/**
 * Starts Neo4j Community embedded with Bolt on 127.0.0.1 and resolves once it
 * answers. When it dies later (killed, out of memory, a database panic) it is
 * started again with back-off (1 s, 2 s, 4 s … 30 s), and the log says so;
 * Neo4j recovers committed transactions from its log at that start.
 */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt(opts.log);
  mkdirSync(opts.dataDir, { recursive: true });
  const args = launcherArgs(opts, `${jar}:${libDir}/*`, opts.dataDir, opts.port);
  const timeoutMs = opts.timeoutMs ?? 180_000;
  const firstDelay = opts.restartDelayMs ?? 1000;
  let child: ChildProcess;
  let stopping = false;
  let restarts = 0;
  let delay = firstDelay;
  let restartTimer: NodeJS.Timeout | undefined;

  const launch = async (): Promise<void> => {
    child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_PASSWORD: opts.password } });
    const current = child;
    await waitForReady(current, opts.port, timeoutMs);
    const upSince = Date.now();
    current.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - upSince > STABLE_MS) delay = firstDelay;
      const how = signal ? `was killed (${signal})` : `exited with code ${code}`;
      opts.log(`Embedded Neo4j on 127.0.0.1:${opts.port} ${how}; restarting it in ${delay / 1000} s…`);
      scheduleRestart();
    });
  };

  const scheduleRestart = () => {
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (stopping) return;
      launch().then(
        () => {
          restarts += 1;
          opts.log(`Embedded Neo4j restarted on 127.0.0.1:${opts.port} (restart ${restarts}).`);
        },
        (err: Error) => {
          if (stopping) return;
          opts.log(`Embedded Neo4j did not come back (${err.message.split('\n')[0]}); trying again in ${delay / 1000} s…`);
          scheduleRestart();
        },
      );
      delay = Math.min(delay * 2, MAX_RESTART_DELAY_MS);
    }, delay);
  };

  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  opts.log(`Starting embedded Neo4j on 127.0.0.1:${opts.port} (data in ${opts.dataDir})…`);
  try {
    await launch();
  } catch (err) {
    process.removeListener('exit', killOnExit);
    throw err;
  }
  return {
    uri: `bolt://127.0.0.1:${opts.port}`,
    get pid() {
      return child.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    get restarts() {
      return restarts;
    },
    stop: () => {
      stopping = true;
      if (restartTimer) clearTimeout(restartTimer);
      process.removeListener('exit', killOnExit);
      return stopChild(child);
    },
  };
}

function waitForReady(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const tail: string[] = [];
    // Output is read for as long as Neo4j runs (a full pipe would block it);
    // the last lines explain a failed start.
    const remember = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) tail.push(line);
      tail.splice(0, Math.max(0, tail.length - 40));
    };
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j did not start within ${timeoutMs / 1000} s.\n${tail.join('\n')}`));
    }, timeoutMs);
    child.stderr?.on('data', remember);
    child.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (!ready && chunk.toString('utf8').includes('NEO4J READY')) {
        ready = true;
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start Java for the embedded Neo4j: ${err.message}. Install Java 17, or set NEO4J_URI.`));
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (ready) return;
      const text = tail.join('\n');
      if (/Address already in use|BindException/i.test(text)) {
        reject(new Error(`Port ${port} is in use: stop what runs there or set NEO4J_BOLT_PORT to a free port.`));
      } else if (/FileLockException|locked/i.test(text)) {
        reject(new Error('The data directory is locked by another Neo4j: stop it or set DATA_DIR to another folder.'));
      } else {
        reject(new Error(`Embedded Neo4j exited with code ${code} before it was ready.\n${text}`));
      }
    });
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(force);
      done();
    });
    child.kill('SIGTERM');
  });
}
