/** How long the browser gets to start reading a download before its object URL is freed. */
const REVOKE_AFTER_MS = 10_000;

export interface FileInfo {
  /** What the file holds, e.g. `drukte-gemeenten`: the middle of the file name. */
  name: string;
  /** Without the dot: `csv`, `xlsx`, `png`. */
  extension: string;
}

/** A date as yyyy-mm-dd in the user's own time zone. */
export function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The one file-name scheme of every download: `dsv-kaart-<what>-<yyyy-mm-dd>.<ext>`. */
export function fileName({ name, extension }: FileInfo, now = new Date()): string {
  const what = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `dsv-kaart-${what ? `${what}-` : ''}${isoDate(now)}.${extension}`;
}

/**
 * Saves a blob as a file through a temporary `<a download>`: the one way
 * every download in the app leaves the browser.
 */
export function saveFile(blob: Blob, info: FileInfo): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName(info);
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(function releaseDownloadUrl() {
    URL.revokeObjectURL(url);
  }, REVOKE_AFTER_MS);
}

/** A `data:` URL (as canvas and screenshot libraries give them) as a blob, without a fetch the CSP would have to allow. */
export function dataUrlToBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const head = url.slice(5, comma);
  const type = head.split(';')[0] || 'application/octet-stream';
  const body = url.slice(comma + 1);
  if (!head.endsWith(';base64')) return new Blob([decodeURIComponent(body)], { type });
  const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}
