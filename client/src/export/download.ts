/** Saves a Blob or text as a file through a temporary link (the browser's download). */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text with its MIME type. */
export function downloadText(fileName: string, text: string, mime: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }));
}

/** "samkart-network-2025-01-31" style base name. */
export function exportBaseName(view: string, now: Date = new Date()): string {
  return `samkart-${view}-${now.toISOString().slice(0, 10)}`;
}
