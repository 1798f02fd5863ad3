import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder that holds every Cypher text the project runs. */
export const cypherDir = dirname(fileURLToPath(import.meta.url));

const cache = new Map<string, string>();

const NAME = /^[a-z0-9][a-z0-9/-]*$/;

/**
 * A line `#include fragments/<name>` stands for the text of that fragment:
 * a piece of Cypher several statements share (the partnership filter, "valid
 * on a date"), kept in one file. `#` is no Cypher, so a text that skipped this
 * step fails loudly. A fragment that names its variables in a line
 * `// names: entity, $asOf` may be included with others in their place:
 * `#include fragments/valid-on(r, $from)` (names only, never values).
 */
const INCLUDE = /^[ \t]*#include[ \t]+([a-z0-9/-]+)(?:\(([^)]*)\))?[ \t]*$/gm;

/**
 * A line `#bind $asOf day` in a statement makes every `$asOf` of the statement,
 * the fragments it includes among them, stand for its own variable `day`: a
 * fragment written for a parameter then serves each row of an UNWIND (one
 * date a row) without a copy of its text.
 */
const BIND = /^[ \t]*#bind[ \t]+(\$[A-Za-z_][A-Za-z0-9_]*)[ \t]+([A-Za-z_][A-Za-z0-9_]*)[ \t]*(?:\n|$)/gm;

const NAMES = /^\/\/ names: (.+)(?:\n|$)/m;
const LEADING_COMMENT = /^(?:[ \t]*\/\/.*(?:\n|$))+/;
const IDENTIFIER = /^\$?[A-Za-z_][A-Za-z0-9_]*$/;

const escape = (n: string) => n.replace('$', '\\$');

/** The fragment's text with its declared names replaced by `args`, in order (in one pass); absent args keep their names. */
function instantiate(name: string, text: string, args: string | undefined): string {
  if (args === undefined) return text;
  const formal =
    NAMES.exec(text)?.[1]
      ?.split(',')
      .map((n) => n.trim()) ?? [];
  const actual = args.split(',').map((a) => a.trim());
  const fits =
    actual.length <= formal.length && actual.every((a, i) => IDENTIFIER.test(a) && a.startsWith('$') === formal[i]!.startsWith('$'));
  if (!fits) throw new Error(`Cypher: "${name}(${args})" does not fit its names (${formal.join(', ')})`);
  const to = new Map(actual.map((a, i) => [formal[i]!, a]));
  const token = new RegExp(`(?<![\\w$.])(${[...to.keys()].map(escape).join('|')})(?!\\w)`, 'g');
  return text.replace(NAMES, '').replace(token, (found: string) => to.get(found) ?? found);
}

/** The text with its `#bind` lines applied and removed. */
function bind(text: string): string {
  const binds = [...text.matchAll(BIND)].map(([, parameter, variable]) => [parameter!, variable!] as const);
  let bound = text.replace(BIND, '');
  for (const [parameter, variable] of binds) bound = bound.replace(new RegExp(`(?<![\\w$.])${escape(parameter)}(?!\\w)`, 'g'), variable);
  return bound;
}

/**
 * The text of `cypher/<name>.cypher`, its includes expanded. Values never go
 * into this text: every statement takes them as parameters.
 */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    if (!NAME.test(name)) throw new Error(`Cypher: invalid statement name "${name}"`);
    text = readFileSync(join(cypherDir, `${name}.cypher`), 'utf8')
      .replace(INCLUDE, (_line, fragment: string, args: string | undefined) => {
        if (!fragment.startsWith('fragments/')) throw new Error(`Cypher: "${name}" includes "${fragment}", which is not under fragments/`);
        // The fragment's opening comment documents it in its own file; the statement gets its Cypher.
        return instantiate(fragment, cypher(fragment), args).replace(LEADING_COMMENT, '');
      })
      .trim();
    text = bind(text);
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
