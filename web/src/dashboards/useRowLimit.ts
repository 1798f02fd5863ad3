import { useParam } from './useParam';

/** The choices for how many rows a long table shows; 0 means all. */
export const ROW_LIMITS = [25, 50, 100, 0] as const;

/**
 * How many rows a table shows, from `<tableId>-rows` in the URL (default 25;
 * `0` is all). Returns the limit (undefined = all), the raw choice and a setter.
 */
export function useRowLimit(
  tableId: string,
  choices: readonly number[] = ROW_LIMITS,
  fallback = 25,
): [number | undefined, number, (n: number) => void] {
  const [text, setText] = useParam(`${tableId}-rows`);
  const parsed = Number(text);
  const choice = text !== null && choices.includes(parsed) ? parsed : fallback;
  const set = (n: number) => setText(n === fallback ? null : String(n));
  return [choice === 0 ? undefined : choice, choice, set];
}
