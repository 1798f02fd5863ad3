import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipOf } from '../import/zip.js';

/** A folder of CSV files packed as a .zip, as a user would upload it. */
export function zipFolder(dir: string, inside = ''): Buffer {
  return zipOf(
    readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .map((f) => ({ name: `${inside}${f}`, data: readFileSync(join(dir, f)) })),
  );
}

/** POSTs an upload to /import as the browser page does (multipart, with the request marker header). */
export async function upload(
  url: string,
  cookie: string | null,
  file: { name: string; data: Buffer },
  fields: Record<string, string> = {},
  headers: Record<string, string> = { 'x-dsv-request': 'import' },
): Promise<{ status: number; body: Record<string, unknown> }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set('file', new Blob([new Uint8Array(file.data)]), file.name);
  const res = await fetch(`${url}/import`, { method: 'POST', body: form, headers: { ...headers, ...(cookie ? { cookie } : {}) } });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
