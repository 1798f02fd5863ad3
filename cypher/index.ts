import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds every Cypher text the project runs. */
export const cypherDir = dirname(fileURLToPath(import.meta.url));

const cache = new Map<string, string>();

const NAME = /^[a-z0-9][a-z0-9/-]*$/;

/**
 * A line `#include fragments/<name>` stands for the text of that fragment:
 * a piece of Cypher several statements share (the partnership filter), kept
 * in one file. `#` is no Cypher, so a text that skipped this step fails loudly.
 */
const INCLUDE = /^[ \t]*#include[ \t]+(\S+)[ \t]*$/gm;

/**
 * The text of `cypher/<name>.cypher`, its includes expanded. Values never go
 * into this text: every statement takes them as parameters.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!NAME.test(name)) throw new Error(`Cypher: invalid statement name "${name}"`);
    text = readFileSync(join(cypherDir, `${name}.cypher`), 'utf8')
      .replace(INCLUDE, (_line, fragment: string) => {
        if (!fragment.startsWith('fragments/')) throw new Error(`Cypher: "${name}" includes "${fragment}", which is not under fragments/`);
        return cypher(fragment);
      })
      .trim();
    cache.set(name, text);
  }
  return text;
}

/**
 * Splits a multi-statement file (such as schema.cypher) on the semicolons that
 * end a line, dropping `//` comment lines.
 */
export function statements(name: string): string[] {
  return cypher(name)
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Every statement name under a sub-folder, e.g. `list('bench')`. */
export function list(folder: string): string[] {
  return readdirSync(join(cypherDir, folder))
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => `${folder}/${f.slice(0, -'.cypher'.length)}`)
    .sort();
}
