/** Lets the browser save `data` as a file (an object URL, released right after). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  saveUrl(url, filename);
  // The click starts the download synchronously; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function saveUrl(url: string, filename: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

/** "dsv-kaart-2026-11-23" plus the extension: a name that sorts by date. */
export function exportName(extension: string, now = new Date()): string {
  return `dsv-kaart-${now.toISOString().slice(0, 10)}.${extension}`;
}
