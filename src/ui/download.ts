/**
 * Hands a file made in the page to the browser to save. Nothing leaves the
 * device: the file is built in memory and given a local blob: address that
 * is revoked straight after.
 */
export function saveFile(content: string | Uint8Array, fileName: string, type: string): void {
  // A copy, so the Blob gets bytes of its own on a plain ArrayBuffer.
  const part = typeof content === 'string' ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Today's date as YYYY-MM-DD, for file names that say nothing else. */
export function dateStamp(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
