/** The export's file name: the customer's name as letters and digits only, and the id. */
export function exportFileName(name: string, id: string): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `customer-${safe ? `${safe}-` : ''}${id}.json`;
}
