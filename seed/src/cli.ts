import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dbConfigFromEnv, openDatabase, DatabaseError, type Connection } from '@dsv/neo4j';
import { exportTo } from './export.js';
import { InputError } from './format/errors.js';
import { printable } from './format/text.js';
import { importPath } from './import.js';
import { illustrativeDataset } from './illustrative/index.js';
import { importRaw } from './import.js';
import { runUserCommand, USER_USAGE } from './users/cli.js';

const USAGE = `usage:
  pnpm seed import <folder-of-csv | workbook.xlsx> [--replace]
  pnpm seed export <folder | workbook.xlsx>
  pnpm seed illustrative [--replace]     load the generated illustrative dataset
${USER_USAGE}

Without NEO4J_URI the embedded Neo4j is used (started if it is not running).`;

/** Every line is made printable: messages may quote file names or cells. */
const log = (m: string) => process.stderr.write(`${m.split('\n').map(printable).join('\n')}\n`);

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      replace: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
      role: { type: 'string' },
      partnership: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    log(USAGE);
    return command ? 0 : 2;
  }
  if ((command === 'import' || command === 'export') && !target) {
    log(`${command}: give a path.\n${USAGE}`);
    return 2;
  }
  if (!['import', 'export', 'illustrative', 'user'].includes(command)) {
    log(`unknown command "${command}".\n${USAGE}`);
    return 2;
  }
  const base = process.env.INIT_CWD ?? process.cwd();
  let connection: Connection | undefined;
  try {
    const config = dbConfigFromEnv();
    const dataDir = config.kind === 'embedded' ? config.dataDir : undefined;
    connection = await openDatabase(config, log);
    await connection.db.ping();
    await connection.db.applySchema();
    if (command === 'user') {
      const [, action, email] = positionals;
      const cmd = { action, email, role: values.role, partnerships: values.partnership ?? [], passwordStdin: values['password-stdin'] };
      return await runUserCommand(connection.db, cmd, log);
    }
    const by = { user: `${process.env.USER ?? 'shell'} (command line)` };
    if (command === 'import') await importPath(connection.db, resolve(base, target!), { replace: values.replace, log, dataDir, ...by });
    else if (command === 'export') await exportTo(connection.db, resolve(base, target!), log);
    else await importRaw(connection.db, illustrativeDataset(), { replace: values.replace, log, dataDir, ...by });
    return 0;
  } catch (err) {
    if (err instanceof InputError) {
      log(err.message);
      return 1;
    }
    log(err instanceof DatabaseError ? err.message : `failed: ${(err as Error).message}`);
    return 3;
  } finally {
    await connection?.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
