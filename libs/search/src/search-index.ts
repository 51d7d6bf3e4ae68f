/**
 * An in-memory inverted index for search as you type: every query term matches exactly, the
 * last one (and any Japanese one) also as a prefix, and terms of four letters or more also with
 * one typo. Hits that match every term come first, or only those when there are any; exact
 * error-code matches come before everything. Field weights: title > error codes > symptoms >
 * tags > body. Indexing and querying both go through `normalizeText`.
 *
 * Visitors' queries share their words and, while typing, their beginnings: what a query term
 * matched (and what a prefix expands to) is kept for the next queries until the index changes.
 * A group (a language) is searched by scoring only its documents. A word written apart meets the
 * same word written as one (`term-weights.ts`): query words are also looked up joined.
 *
 * Memory: terms are numbers, postings live in shared typed arrays (`PostingStore`), each
 * document's terms are one Int32Array, and typo keys are hashes in one sorted array.
 */
import { collectHits } from './collect-hits';
import { ErrorCodeIndex } from './error-codes';
import { MATCH_FACTORS, SEARCH_LIMITS } from './limits';
import { PostingStore } from './posting-store';
import { ScoreBoard } from './score-board';
import { isJapaneseTerm, tokenize } from './tokenize';
import { joinable, termWeights } from './term-weights';
import { TermMatchCache } from './term-matches';
import { Vocabulary } from './vocabulary';

export interface SearchDocument {
  id: string;
  title: string;
  errorCodes?: readonly string[];
  symptoms?: readonly string[];
  tags?: readonly string[];
  body?: string;
  /** What the document belongs to (its language): `SearchOptions.group` searches one group only. */
  group?: string;
}

export interface SearchOptions {
  /** Hits to return; at most `SEARCH_LIMITS.maxResults`. Default 10. */
  limit?: number;
  /** Only documents of this group (`SearchDocument.group`) are scored, counted and returned. */
  group?: string;
  /** Only documents this accepts are counted and returned (a product, anything the caller knows). */
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
  /** Each document's term numbers; a term the document has only as neighbours joined is stored as `~number`. */
  private readonly termsOf: (Int32Array | undefined)[] = [];
  private readonly postings = new PostingStore();
  private readonly vocabulary = new Vocabulary();
  private readonly errorCodes = new ErrorCodeIndex();
  private readonly board = new ScoreBoard();
  /** Group numbers by name, and each document's group (0 for none). */
  private readonly groups = new Map<string, number>();
  private readonly groupOf: number[] = [];
  /** The most frequent terms a prefix stands for, and what query terms matched, until the index changes. */
  private readonly expansions = new Map<string, string[]>();
  private readonly termMatches = new TermMatchCache(CACHED_TERM_MATCHES);

  get size(): number {
    return this.numbers.size;
  }

  has(id: string): boolean {
    return this.numbers.has(id);
  }

  /** Adds the document, or replaces it if its id is already indexed. */
  add(document: SearchDocument): void {
    this.remove(document.id);
    this.forgetMatches();
    const doc = this.freeNumbers.pop() ?? this.ids.length;
    this.ids[doc] = document.id;
    this.numbers.set(document.id, doc);
    this.groupOf[doc] = this.groupNumber(document.group);
    const { words, joined } = termWeights(document);
    const terms = new Int32Array(words.size + joined.size);
    let next = 0;
    for (const [term, weight] of words) {
      const number = this.postings.intern(term);
      this.postings.add(number, doc, weight);
      if (this.postings.countWord(number, 1) === 1) this.vocabulary.add(term);
      terms[next++] = number;
    }
    for (const [term, weight] of joined) {
      const number = this.postings.intern(term);
      this.postings.add(number, doc, weight);
      terms[next++] = ~number;
    }
    this.termsOf[doc] = terms;
    this.errorCodes.add(doc, document.errorCodes ?? []);
  }

  remove(id: string): void {
    const doc = this.numbers.get(id);
    if (doc === undefined) return;
    this.forgetMatches();
    for (const entry of this.termsOf[doc] ?? []) {
      const number = entry < 0 ? ~entry : entry;
      if (entry >= 0 && this.postings.countWord(number, -1) === 0) this.vocabulary.delete(this.postings.term(number));
      this.postings.delete(number, doc);
    }
    this.errorCodes.remove(doc);
    this.termsOf[doc] = undefined;
    this.numbers.delete(id);
    this.ids[doc] = undefined;
    this.groupOf[doc] = 0;
    this.freeNumbers.push(doc);
  }

  private forgetMatches(): void {
    this.expansions.clear();
    this.termMatches.clear();
  }

  private groupNumber(group: string | undefined): number {
    if (group === undefined) return 0;
    let number = this.groups.get(group);
    if (number === undefined) this.groups.set(group, (number = this.groups.size + 1));
    return number;
  }

  search(query: string, options: SearchOptions = {}): SearchResult {
    const limit = Math.max(0, Math.min(options.limit ?? 10, SEARCH_LIMITS.maxResults));
    const tooLong = query.length > SEARCH_LIMITS.maxQueryLength;
    const allTerms = tokenize(tooLong ? cutAt(query, SEARCH_LIMITS.maxQueryLength) : query);
    const terms = allTerms.slice(0, SEARCH_LIMITS.maxQueryTerms);
    const truncated = tooLong || allTerms.length > terms.length;
    // A group nobody is in has no documents; no group means every document.
    const group = options.group === undefined ? ALL_GROUPS : (this.groups.get(options.group) ?? NO_GROUP);
    if (terms.length === 0 || group === NO_GROUP) return { hits: [], total: 0, terms, truncated };

    const board = this.board;
    board.ensure(this.ids.length);
    try {
      terms.forEach((term, index) => {
        this.matchTerm(term, index === terms.length - 1, group);
        this.matchJoinedWords(terms, index, group);
        board.endTerm();
      });
      return {
        ...collectHits(board, this.ids, terms.length, this.errorCodes.matching(terms), limit, options.filter),
        terms,
        truncated,
      };
    } finally {
      board.reset();
    }
  }

  /**
   * Offers every document the best score it gets for one query term, over its exact, prefix and
   * one-typo matches; the same term in the next queries is served from what this one found.
   */
  private matchTerm(term: string, isLast: boolean, group: number): void {
    const japanese = isJapaneseTerm(term);
    const asPrefix = (isLast || japanese) && term.length >= (japanese ? 1 : SEARCH_LIMITS.minPrefixLength);
    const key = `${group}|${asPrefix ? 'prefix' : 'word'}|${term}`;
    const known = this.termMatches.get(key);
    if (known) return this.board.offerAll(known);
    let postings = this.consider(term, MATCH_FACTORS.exact, group);
    if (asPrefix) {
      for (const longer of this.mostFrequentWithPrefix(term))
        if (longer !== term) postings += this.consider(longer, MATCH_FACTORS.prefix, group);
    }
    for (const near of this.vocabulary.withinOneEdit(term)) postings += this.consider(near, MATCH_FACTORS.typo, group);
    // A term found in one posting alone is as quick to match again as to remember.
    if (postings > 1) this.termMatches.set(key, this.board.currentTerm());
  }

  /** `نرم افزار` and `check sum` typed apart also find `نرم‌افزار` and `checksum`: the joined word counts for both its halves. */
  private matchJoinedWords(terms: readonly string[], index: number, group: number): void {
    for (let left = index - 1; left <= index; left++) {
      const right = left + 1;
      if (left < 0 || right >= terms.length || !joinable(terms[left]!, terms[right]!, true)) continue;
      this.consider(terms[left]! + terms[right]!, MATCH_FACTORS.joined, group);
    }
  }

  /** Offers the documents of one term's posting; 1 if there was one, else 0. */
  private consider(term: string, factor: number, group: number): number {
    const number = this.postings.termNumber(term);
    if (number < 0) return 0;
    const weightOfTerm = factor * this.idf(this.postings.size(number));
    const { docs, weights, start, end } = this.postings.block(number);
    const board = this.board;
    if (group === ALL_GROUPS) {
      for (let index = start; index < end; index++) board.offer(docs[index]!, weights[index]! * weightOfTerm);
      return 1;
    }
    const groupOf = this.groupOf;
    for (let index = start; index < end; index++) {
      const doc = docs[index]!;
      if (groupOf[doc] === group) board.offer(doc, weights[index]! * weightOfTerm);
    }
    return 1;
  }

  /** Visitors type the same beginnings over and over: each prefix's expansion is kept until the index changes. */
  private mostFrequentWithPrefix(prefix: string): string[] {
    const known = this.expansions.get(prefix);
    if (known) return known;
    let found = this.vocabulary.withPrefix(prefix, SEARCH_LIMITS.prefixScan);
    if (found.length > SEARCH_LIMITS.prefixExpansions) {
      // Stable sort on frequency, as ties keep the vocabulary's order.
      const frequency = new Map(found.map((term) => [term, this.postings.size(this.postings.termNumber(term))]));
      found = found.sort((a, b) => frequency.get(b)! - frequency.get(a)!).slice(0, SEARCH_LIMITS.prefixExpansions);
    }
    if (this.expansions.size >= CACHED_EXPANSIONS) this.expansions.delete(this.expansions.keys().next().value!);
    this.expansions.set(prefix, found);
    return found;
  }

  private idf(documentFrequency: number): number {
    const documents = this.numbers.size;
    return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
  }
}

const ALL_GROUPS = -1;
const NO_GROUP = -2;
/** Prefixes whose expansion is kept (each a short list of terms). */
const CACHED_EXPANSIONS = 10_000;
/** Document entries kept over all the query terms' matches (12 bytes each). */
const CACHED_TERM_MATCHES = 1_000_000;

/** The first `length` characters, without splitting a surrogate pair. */
function cutAt(text: string, length: number): string {
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}
