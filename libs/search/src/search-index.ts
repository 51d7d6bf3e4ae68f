/**
 * An in-memory inverted index for search as you type: every query term matches exactly, the
 * last one (and any Japanese one) also as a prefix, and terms of four letters or more also with
 * one typo. Hits that match every term come first, or only those when there are any; exact
 * error-code matches come before everything. Field weights: title > error codes > symptoms >
 * tags > body. Indexing and querying both go through `normalizeText`.
 */
import { ErrorCodeIndex } from './error-codes';
import { MATCH_FACTORS, SEARCH_LIMITS } from './limits';
import { Posting } from './posting';
import { ScoreBoard } from './score-board';
import { TopHits } from './top-hits';
import { isJapaneseTerm, tokenize } from './tokenize';
import { joinable, termWeights } from './term-weights';
import { Vocabulary } from './vocabulary';

export interface SearchDocument {
  id: string;
  title: string;
  errorCodes?: readonly string[];
  symptoms?: readonly string[];
  tags?: readonly string[];
  body?: string;
}

export interface SearchOptions {
  /** Hits to return; at most `SEARCH_LIMITS.maxResults`. Default 10. */
  limit?: number;
  /** Only documents this accepts are counted and returned (a locale, a product). */
  filter?: (id: string) => boolean;
}

export interface SearchHit {
  id: string;
  score: number;
  /** One of the document's error codes appears whole in the query. */
  exactErrorCode: boolean;
  /** How many of the query's terms the document matched. */
  matchedTerms: number;
}

export interface SearchResult {
  hits: SearchHit[];
  /** Documents that matched (and passed the filter), before the limit. */
  total: number;
  /** The normalised terms that were looked up. */
  terms: string[];
  /** The query was longer than `SEARCH_LIMITS.maxQueryLength` characters or terms, and was cut. */
  truncated: boolean;
}

export class SearchIndex {
  private readonly ids: (string | undefined)[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly freeNumbers: number[] = [];
  private readonly termsOf = new Map<number, string[]>();
  private readonly postings = new Map<string, Posting>();
  private readonly vocabulary = new Vocabulary();
  private readonly errorCodes = new ErrorCodeIndex();
  private readonly board = new ScoreBoard();

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds the document, or replaces it if its id is already indexed. */
  add(document: SearchDocument): void {
    this.remove(document.id);
    const doc = this.freeNumbers.pop() ?? this.ids.length;
    this.ids[doc] = document.id;
    this.numbers.set(document.id, doc);
    const weights = termWeights(document);
    for (const [term, weight] of weights) {
      let posting = this.postings.get(term);
      if (!posting) {
        this.postings.set(term, (posting = new Posting()));
        this.vocabulary.add(term);
      }
      posting.add(doc, weight);
    }
    this.termsOf.set(doc, [...weights.keys()]);
    this.errorCodes.add(doc, document.errorCodes ?? []);
  }

  remove(id: string): void {
    const doc = this.numbers.get(id);
    if (doc === undefined) return;
    for (const term of this.termsOf.get(doc) ?? []) {
      const posting = this.postings.get(term)!;
      posting.delete(doc);
      if (posting.size === 0) {
        this.postings.delete(term);
        this.vocabulary.delete(term);
      }
    }
    this.errorCodes.remove(doc);
    this.termsOf.delete(doc);
    this.numbers.delete(id);
    this.ids[doc] = undefined;
    this.freeNumbers.push(doc);
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(0, Math.min(options.limit ?? 10, SEARCH_LIMITS.maxResults));
    const tooLong = query.length > SEARCH_LIMITS.maxQueryLength;
    const allTerms = tokenize(tooLong ? cutAt(query, SEARCH_LIMITS.maxQueryLength) : query);
    const terms = allTerms.slice(0, SEARCH_LIMITS.maxQueryTerms);
    const truncated = tooLong || allTerms.length > terms.length;
    if (terms.length === 0) return { hits: [], total: 0, terms, truncated };

    const board = this.board;
    board.ensure(this.ids.length);
    try {
      terms.forEach((term, index) => {
        this.matchTerm(term, index === terms.length - 1);
        this.matchJoinedWords(terms, index);
        board.endTerm();
      });
      return { ...this.collect(terms.length, this.errorCodes.matching(terms), limit, options.filter), terms, truncated };
    } finally {
      board.reset();
    }
  }

  /** Offers every document the best score it gets for one query term, over its exact, prefix and one-typo matches. */
  private matchTerm(term: string, isLast: boolean): void {
    this.consider(term, MATCH_FACTORS.exact);
    const japanese = isJapaneseTerm(term);
    if ((isLast || japanese) && term.length >= (japanese ? 1 : SEARCH_LIMITS.minPrefixLength)) {
      for (const longer of this.mostFrequentWithPrefix(term)) if (longer !== term) this.consider(longer, MATCH_FACTORS.prefix);
    }
    for (const near of this.vocabulary.withinOneEdit(term)) this.consider(near, MATCH_FACTORS.typo);
  }

  /** `نرم افزار` typed apart also finds `نرم‌افزار`: the joined word counts for both its halves. */
  private matchJoinedWords(terms: readonly string[], index: number): void {
    for (const left of [index - 1, index]) {
      const right = left + 1;
      if (left < 0 || right >= terms.length || !joinable(terms[left]!, terms[right]!)) continue;
      this.consider(terms[left]! + terms[right]!, MATCH_FACTORS.joined / 2);
    }
  }

  private consider(term: string, factor: number): void {
    const posting = this.postings.get(term);
    if (!posting) return;
    const weightOfTerm = factor * this.idf(posting.size);
    const { docs, weights } = posting;
    for (let index = 0; index < docs.length; index++) this.board.offer(docs[index]!, weights[index]! * weightOfTerm);
  }

  /** The best hits among the documents scored, and how many there were. */
  private collect(termCount: number, exact: Set<number>, limit: number, filter: SearchOptions['filter']): { hits: SearchHit[]; total: number } {
    const board = this.board;
    const accepted: number[] = [];
    let everyTermMatched = false;
    for (let index = 0; index < board.documentCount; index++) {
      const doc = board.document(index);
      if (filter && !filter(this.ids[doc]!)) continue;
      accepted.push(doc);
      if (board.matched(doc) === termCount) everyTermMatched = true;
    }
    // Where some documents match every term, the others are noise, unless they carry the error code asked for.
    const top = new TopHits(limit);
    let total = 0;
    for (const doc of accepted) {
      const matchedTerms = board.matched(doc);
      const exactErrorCode = exact.has(doc);
      if (everyTermMatched && matchedTerms !== termCount && !exactErrorCode) continue;
      total++;
      const score = round(board.total(doc));
      if (top.wouldKeep(exactErrorCode, matchedTerms, score)) top.offer({ id: this.ids[doc]!, score, exactErrorCode, matchedTerms });
    }
    return { hits: top.sorted(), total };
  }

  private mostFrequentWithPrefix(prefix: string): string[] {
    const found = this.vocabulary.withPrefix(prefix, SEARCH_LIMITS.prefixScan);
    if (found.length <= SEARCH_LIMITS.prefixExpansions) return found;
    const frequency = (term: string) => this.postings.get(term)?.size ?? 0;
    return found.sort((a, b) => frequency(b) - frequency(a)).slice(0, SEARCH_LIMITS.prefixExpansions);
  }

  private idf(documentFrequency: number): number {
    const documents = this.numbers.size;
    return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The first `length` characters, without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
