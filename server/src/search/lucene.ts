import { UserInputError } from '../common/errors.js';

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a safe Lucene query: every word escaped (no
 * operators, wildcards or field names get through) and matched as a prefix.
 */
export function luceneQuery(text: string): string {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0);
  if (words.length === 0) throw new UserInputError('Argument "text" must contain a word.', 'text');
  if (text.length > 200 || words.length > 10)
    throw new UserInputError('Argument "text" is too long: at most 10 words and 200 characters.', 'text');
  return words
    .map((w) => w.toLowerCase().replace(SPECIAL, (c) => `\\${c}`))
    .map((w) => `${w}*`)
    .join(' AND ');
}
