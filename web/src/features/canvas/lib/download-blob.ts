/** Saves a blob as a file through the browser's own download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a board's title: letters, digits, spaces and dashes; never empty. */
export function fileNameFor(title: string, extension: string): string {
  const base = title.replace(/[^\p{L}\p{N}\p{Pd} ._()]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'lerret';
  return `${base}.${extension}`;
}
