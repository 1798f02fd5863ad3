/** Saves a blob as a file through a temporary link. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has started the download; the URL is no longer needed.
  setTimeout(function releaseDownloadUrl() {
    URL.revokeObjectURL(url);
  }, 0);
}

/** "dsv-netwerk-tables-2026-11-23": a file name that says what and when. */
export function exportName(what: string): string {
  return `dsv-netwerk-${what}-${new Date().toISOString().slice(0, 10)}`;
}
