/// <reference lib="dom" />
/// <reference lib="dom.iterable" />

/** What one run of a bench page measured. */
export interface PageRun {
  totalMs: number;
  phases: Record<string, number>;
  drawn: Record<string, number>;
}

declare global {
  interface Window {
    bench?: (arg: number) => Promise<PageRun>;
  }
}

/** Resolves after the next frame has been painted (a rAF callback runs before paint; the second one after it). */
export const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

export async function loadJson<T>(path: string): Promise<T> {
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

/** Makes the page's benchmark callable by the runner (`window.bench(arg)`). */
export function expose(run: (arg: number) => Promise<PageRun>): void {
  window.bench = run;
}

export const round = (ms: number) => Math.round(ms * 10) / 10;
