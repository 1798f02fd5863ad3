import { startTransition, useCallback, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { useUrlWriter, type WriteOptions } from './useUrlParams';

/**
 * One search parameter as view state: its value (null when absent) and a
 * setter (null or '' removes it). The router applies URL changes in a
 * transition; until it commits, the new value is shown optimistically, so a
 * radio button or slider that reads its state from here does not jump back.
 */
export function useUrlParam(name: string, options: WriteOptions = {}): [string | null, (value: string | null) => void] {
  const [params] = useSearchParams();
  const write = useUrlWriter();
  const [value, setOptimistic] = useOptimistic(params.get(name));
  const push = options.push ?? false;
  const set = useCallback(
    (next: string | null) =>
      startTransition(() => {
        setOptimistic(next === '' ? null : next);
        write({ [name]: next }, { push });
      }),
    [name, write, setOptimistic, push],
  );
  return [value, set];
}

/**
 * A parameter parsed into a typed value: `parse` turns the text (or null)
 * into a value (its fallback when invalid), `format` back into text, and a
 * value equal to `fallback` leaves the URL.
 */
export function useTypedParam<T>(
  name: string,
  parse: (text: string | null) => T | null,
  format: (value: T) => string,
  fallback: T,
  options: WriteOptions = {},
): [T, (value: T) => void] {
  const [text, setText] = useUrlParam(name, options);
  const value = parse(text) ?? fallback;
  const set = useCallback((next: T) => setText(format(next) === format(fallback) ? null : format(next)), [setText, format, fallback]);
  return [value, set];
}

/** Parses an integer that must be one of `choices` (or, without choices, ≥ 0). */
export function integerIn(choices?: readonly number[]): (text: string | null) => number | null {
  return (text) => {
    if (text === null || text.trim() === '') return null;
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) return null;
    return !choices || choices.includes(n) ? n : null;
  };
}
