/** Reads a module's SDL file that sits beside its code (`schema.graphql`), once, at start. */
import { readFileSync } from 'node:fs';

export function typeDefsFrom(url: URL): string {
  return readFileSync(url, 'utf8');
}

/** The root types every context extends. */
export const ROOT_TYPE_DEFS = typeDefsFrom(new URL('./root.graphql', import.meta.url));
