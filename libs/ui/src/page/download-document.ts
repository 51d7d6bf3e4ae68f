/**
 * Hands a document the api built (a data export) to the browser as a file download, without a
 * second request: a Blob behind a temporary object URL, clicked by a link that is never shown.
 */
export function downloadDocument(content: string, filename: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
