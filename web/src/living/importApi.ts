import { queryClient } from '../data/client';

export interface FileDiff {
  file: string;
  created: number;
  updated: number;
  archived: number;
  examples: { created: string[]; updated: string[]; archived: string[] };
}

export type ImportAnswer =
  | { ok: true; dryRun: boolean; origin: string; files: FileDiff[]; rows?: number; changes?: number }
  | { ok: false; status: number; error: string; lines: string[] };

/**
 * POST /import (multipart, with the header that marks a request from this
 * page). Reports the upload's progress; the server then validates and writes.
 */
export function sendImport(
  file: File,
  opts: { dryRun: boolean; replace: boolean },
  onProgress: (fraction: number) => void,
): Promise<ImportAnswer> {
  const form = new FormData();
  form.set('dryRun', String(opts.dryRun));
  form.set('replace', String(opts.replace));
  form.set('file', file);
  return new Promise((resolveAnswer) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/import');
    xhr.setRequestHeader('x-dsv-request', 'import');
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(xhr.responseText) as Record<string, unknown>;
      } catch {
        body = { error: `HTTP ${xhr.status}` };
      }
      if (xhr.status === 200) {
        if (!opts.dryRun) void queryClient.invalidateQueries();
        resolveAnswer({ ok: true, ...(body as Omit<Extract<ImportAnswer, { ok: true }>, 'ok'>) });
      } else resolveAnswer({ ok: false, status: xhr.status, error: String(body.error ?? ''), lines: (body.lines as string[]) ?? [] });
    };
    xhr.onerror = () => resolveAnswer({ ok: false, status: 0, error: 'network', lines: [] });
    xhr.send(form);
  });
}
