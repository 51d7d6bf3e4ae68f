/**
 * Exact error-code matches: a document whose error code (`1603`, `Check Sum Fail`,
 * `noor register version required 2`) appears whole, as consecutive terms, in the query is put
 * before every other hit, whatever else the query says (`خطای ۱۶۰۳`, `error 1603 on install`).
 */
import { tokenize } from './tokenize';

interface CodeEntry {
  doc: number;
  terms: string[];
}

export class ErrorCodeIndex {
  /** First term of a code → the codes starting with it. */
  private readonly byFirstTerm = new Map<string, CodeEntry[]>();
  private readonly codesOf = new Map<number, CodeEntry[]>();

  add(doc: number, codes: readonly string[]): void {
    const entries: CodeEntry[] = [];
    for (const code of codes) {
      const terms = tokenize(code);
      if (terms.length === 0) continue;
      const entry = { doc, terms };
      entries.push(entry);
      const list = this.byFirstTerm.get(terms[0]!);
      if (list) list.push(entry);
      else this.byFirstTerm.set(terms[0]!, [entry]);
    }
    this.codesOf.set(doc, entries);
  }

  remove(doc: number): void {
    for (const entry of this.codesOf.get(doc) ?? []) {
      const first = entry.terms[0]!;
      const remaining = this.byFirstTerm.get(first)!.filter((other) => other !== entry);
      if (remaining.length === 0) this.byFirstTerm.delete(first);
      else this.byFirstTerm.set(first, remaining);
    }
    this.codesOf.delete(doc);
  }

  /** Documents having a code that appears whole in the query terms. */
  matching(queryTerms: readonly string[]): Set<number> {
    const docs = new Set<number>();
    queryTerms.forEach((term, start) => {
      for (const entry of this.byFirstTerm.get(term) ?? []) {
        if (entry.terms.every((codeTerm, offset) => queryTerms[start + offset] === codeTerm)) docs.add(entry.doc);
      }
    });
    return docs;
  }
}
