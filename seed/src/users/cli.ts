import type { Db } from '@dsv/neo4j';
import { addUser, createPasswordToken, listUsers, removeUser, ROLES, UserInputProblem } from './users.js';

export const USER_USAGE = `  pnpm seed user add <email> --role ${ROLES.join('|')} [--partnership <id>]… [--password-stdin]
  pnpm seed user list
  pnpm seed user remove <email>`;

export interface UserCommand {
  action: string | undefined;
  email: string | undefined;
  role: string | undefined;
  partnerships: string[];
  passwordStdin: boolean;
}

/** Where the web client is reached, for the one-time links this prints. */
export function publicUrl(env: NodeJS.ProcessEnv = process.env): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 4000}`).replace(/\/+$/, '');
}

/** The link that lets its holder choose a password (the token rides in the fragment, so no server log sees it). */
export function passwordLink(token: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${publicUrl(env)}/wachtwoord#token=${token}`;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Runs `pnpm seed user …`; returns the exit code. */
export async function runUserCommand(db: Db, cmd: UserCommand, log: (m: string) => void): Promise<number> {
  try {
    switch (cmd.action) {
      case 'add': {
        if (!cmd.email || !cmd.role) {
          log(`user add: give an e-mail address and --role.\n${USER_USAGE}`);
          return 2;
        }
        const password = cmd.passwordStdin ? await readStdin() : undefined;
        const user = await addUser(db, { email: cmd.email, role: cmd.role, partnerships: cmd.partnerships, password });
        log(`user ${user.email}: ${user.role}${user.partnerships.length ? ` (partnerships ${user.partnerships.join(', ')})` : ''}`);
        if (password === undefined) {
          const token = await createPasswordToken(db, user.email, null);
          log(`one-time link to choose a password (valid 24 hours): ${passwordLink(token)}`);
        }
        return 0;
      }
      case 'list': {
        const users = await listUsers(db);
        if (users.length === 0) log('no users');
        for (const u of users)
          log(`${u.email}\t${u.role}\t${u.partnerships.join(';')}\t${u.hasPassword ? 'password' : 'no password (OIDC or link)'}`);
        return 0;
      }
      case 'remove': {
        if (!cmd.email) {
          log(`user remove: give an e-mail address.\n${USER_USAGE}`);
          return 2;
        }
        const removed = await removeUser(db, cmd.email);
        log(removed ? `removed ${cmd.email.trim().toLowerCase()} and its sessions` : `no user ${cmd.email}`);
        return removed ? 0 : 1;
      }
      default:
        log(`unknown user command "${cmd.action ?? ''}".\n${USER_USAGE}`);
        return 2;
    }
  } catch (err) {
    if (err instanceof UserInputProblem) {
      log(err.message);
      return 1;
    }
    throw err;
  }
}
