import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const jar = join(projectDir, 'target', 'dsv-kaart-neo4j-1.0.0.jar');
const libDir = join(projectDir, 'target', 'lib');

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  password: string;
  heap: string;
  pageCache: string;
  log: (message: string) => void;
  /** How long to wait for Bolt, in ms. */
  timeoutMs?: number;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after 30 s). */
  stop(): Promise<void>;
}

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

/** Starts Neo4j Community embedded with Bolt on 127.0.0.1 and resolves once it answers. */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  ensureLauncherBuilt(opts.log);
  mkdirSync(opts.dataDir, { recursive: true });
  const args = [
    `-Xms${opts.heap}`,
    `-Xmx${opts.heap}`,
    '-XX:+UseG1GC',
    '-cp',
    `${jar}:${libDir}/*`,
    'nl.dsvkaart.neo4j.Launcher',
    opts.dataDir,
    String(opts.port),
    opts.pageCache,
  ];
  opts.log(`Starting embedded Neo4j on 127.0.0.1:${opts.port} (data in ${opts.dataDir})…`);
  const child = spawn('java', args, {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NEO4J_PASSWORD: opts.password },
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  await waitForReady(child, opts.port, opts.timeoutMs ?? 180_000);
  const uri = `bolt://127.0.0.1:${opts.port}`;
  return {
    uri,
    stop: () => {
      process.removeListener('exit', killOnExit);
      return stopChild(child);
    },
  };
}

function waitForReady(child: ChildProcess, port: number, timeoutMs: number): Promise<void> {
  return new Promise((resolveReady, reject) => {
    const tail: string[] = [];
    const remember = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) tail.push(line);
      tail.splice(0, Math.max(0, tail.length - 40));
    };
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Embedded Neo4j did not start within ${timeoutMs / 1000} s.\n${tail.join('\n')}`));
    }, timeoutMs);
    child.stderr?.on('data', remember);
    child.stdout?.on('data', (chunk: Buffer) => {
      remember(chunk);
      if (chunk.toString('utf8').includes('NEO4J READY')) {
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
