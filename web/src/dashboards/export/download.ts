/** How long the browser gets to start reading a download before its object URL is freed. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a blob as a file through a temporary `<a download>`. */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

/** `dsv-kaart-<name>.<extension>`, the name of every exported file. */
export function fileName(name: string, extension: string): string {
  return `dsv-kaart-${name}.${extension}`;
}
