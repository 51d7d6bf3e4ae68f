/** The best hits among the documents one search scored, and how many there were. */
import type { ScoreBoard } from './score-board';
import type { SearchHit } from './search-index';
import { TopHits } from './top-hits';

export function collectHits(
  board: ScoreBoard,
  ids: readonly (string | undefined)[],
  termCount: number,
  exact: Set<number>,
  limit: number,
  filter: ((id: string) => boolean) | undefined,
): { hits: SearchHit[]; total: number } {
  // The documents the filter lets through (every one scored, without a filter), and whether one matched every term.
  let accepted: number[] | undefined;
  let everyTermMatched = false;
  if (filter) {
    accepted = [];
    for (let index = 0; index < board.documentCount; index++) {
      const doc = board.document(index);
      if (!filter(ids[doc]!)) continue;
      accepted.push(doc);
      if (board.matched(doc) === termCount) everyTermMatched = true;
    }
  } else {
    for (let index = 0; index < board.documentCount && !everyTermMatched; index++)
      everyTermMatched = board.matched(board.document(index)) === termCount;
  }
  // Where some documents match every term, the others are noise, unless they carry the error code asked for.
  const top = new TopHits(limit);
  const count = accepted ? accepted.length : board.documentCount;
  const anyExact = exact.size > 0;
  let total = 0;
  for (let index = 0; index < count; index++) {
    const doc = accepted ? accepted[index]! : board.document(index);
    const matchedTerms = board.matched(doc);
    const exactErrorCode = anyExact && exact.has(doc);
    if (everyTermMatched && matchedTerms !== termCount && !exactErrorCode) continue;
    total++;
    const score = round(board.total(doc));
    if (top.wouldKeep(exactErrorCode, matchedTerms, score))
      top.offer({ id: ids[doc]!, score, exactErrorCode, matchedTerms });
  }
  return { hits: top.sorted(), total };
}

const round = (value: number): number => Math.round(value * 1000) / 1000;
