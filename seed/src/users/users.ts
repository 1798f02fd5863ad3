import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '@dsv/neo4j';
import { hashPassword, passwordProblem } from './password.js';

/** Roles, weakest first (DESIGN.md §9.2). */
export const ROLES = ['READER', 'CONTRIBUTOR', 'EDITOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` is at least `least`. */
export function hasRole(role: Role, least: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(least);
}

export interface UserRecord {
  email: string;
  role: Role;
  partnerships: string[];
  hasPassword?: boolean;
}

/** An e-mail address as stored: trimmed, lower case. */
export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'must be an e-mail address' }).max(254, 'must be an e-mail address'));

export const roleSchema = z.enum(ROLES, { message: `must be one of ${ROLES.join(', ')}` });

/** Thrown for a bad user command; the message says what to change. */
export class UserInputProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'UserInputProblem';
  }
}

function parse<T>(schema: z.ZodType<T>, field: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new UserInputProblem(field, result.error.issues[0]?.message ?? 'is not valid');
  return result.data;
}

/**
 * Adds a user, or updates the role and partnership links of an existing one
 * (and its password when given). A CONTRIBUTOR needs at least one partnership.
 */
export async function addUser(
  db: Db,
  input: { email: string; role: string; partnerships?: string[]; password?: string },
): Promise<UserRecord> {
  const email = parse(emailSchema, 'email', input.email);
  const role = parse(roleSchema, 'role', input.role);
  const partnerships = [...new Set(input.partnerships ?? [])];
  if (role === 'CONTRIBUTOR' && partnerships.length === 0)
    throw new UserInputProblem('partnership', 'a CONTRIBUTOR needs at least one partnership (--partnership <id>)');
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password);
    if (problem) throw new UserInputProblem('password', problem);
  }
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  const [user] = await db.write<UserRecord>('auth/user-upsert', { email, role, partnerships, passwordHash });
  const missing = partnerships.filter((id) => !user!.partnerships.includes(id));
  if (missing.length > 0) throw new UserInputProblem('partnership', `unknown partnership ${missing.map((m) => `"${m}"`).join(', ')}`);
  return user!;
}

export function listUsers(db: Db): Promise<UserRecord[]> {
  return db.read<UserRecord>('auth/user-list');
}

/** Removes a user and its sessions; false when there was no such user. */
export async function removeUser(db: Db, email: string): Promise<boolean> {
  const [row] = await db.write<{ removed: number }>('auth/user-remove', { email: parse(emailSchema, 'email', email) });
  return (row?.removed ?? 0) > 0;
}

/** The stored form of a secret token (sessions, one-time links): its SHA-256. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A one-time link's lifetime. */
export const TOKEN_TTL_SECONDS = 24 * 3600;

/**
 * A one-time password link: for `email` (set its password), or with `email`
 * null for the first administrator. Returns the token; only its hash is stored.
 */
export async function createPasswordToken(db: Db, email: string | null, role: Role | null): Promise<string> {
  const token = newToken();
  await db.write('auth/token-create', { hash: tokenHash(token), email, role, ttlSeconds: TOKEN_TTL_SECONDS });
  return token;
}
