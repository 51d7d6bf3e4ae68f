/**
 * Saves text as a file the browser downloads (a customer's export as JSON): a temporary link to a
 * blob, clicked once and released.
 */
export function downloadText(
  fileName: string,
  text: string,
  type = 'application/json',
  doc: Document = document,
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

/** The export's file name: the customer's name as letters and digits only, and the id. */
export function exportFileName(name: string, id: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `customer-${safe ? `${safe}-` : ''}${id}.json`;
}
