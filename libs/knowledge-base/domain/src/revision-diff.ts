/**
 * What changed between two revisions of an article, field by field: the title word by word, the
 * Markdown body line by line, lists (error codes, symptoms, tags, products) item by item. Uses
 * jsdiff; a diff that would take too long (huge, wholly different bodies) falls back to
 * "all removed, all added" rather than holding the api up.
 */
import { diffArrays, diffLines, diffWordsWithSpace, type ChangeObject } from 'diff';
import type { ArticleContent } from './knowledge-base-events';

export type DiffPartKind = 'SAME' | 'ADDED' | 'REMOVED';

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

export interface FieldDiff {
  field: keyof ArticleContent;
  parts: DiffPart[];
}

const TIMEOUT_MS = 200;

const toParts = (changes: ChangeObject<string>[] | undefined, before: string, after: string): DiffPart[] =>
  changes === undefined
    ? [
        { kind: 'REMOVED', text: before },
        { kind: 'ADDED', text: after },
      ]
    : changes.map((change) => ({
        kind: change.added ? 'ADDED' : change.removed ? 'REMOVED' : 'SAME',
        text: change.value,
      }));

const textDiff = (before: string, after: string, byLine: boolean): DiffPart[] =>
  toParts(
    byLine
      ? diffLines(before, after, { timeout: TIMEOUT_MS })
      : diffWordsWithSpace(before, after, { timeout: TIMEOUT_MS }),
    before,
    after,
  );

function listDiff(before: readonly string[], after: readonly string[]): DiffPart[] {
  return diffArrays([...before], [...after]).flatMap((change) =>
    change.value.map((item) => ({
      kind: change.added ? ('ADDED' as const) : change.removed ? ('REMOVED' as const) : ('SAME' as const),
      text: item,
    })),
  );
}

const productLines = (content: ArticleContent) =>
  content.products.map(({ product, versions }) => (versions.length ? `${product} ${versions.join(', ')}` : product));

/** The fields that differ between `before` and `after`, each with its parts in order. */
export function diffContents(before: ArticleContent, after: ArticleContent): FieldDiff[] {
  const fields: FieldDiff[] = [];
  const scalar = (field: 'slug' | 'locale' | 'translationGroup' | 'title' | 'stage', byLine = false) => {
    if (before[field] !== after[field]) fields.push({ field, parts: textDiff(before[field], after[field], byLine) });
  };
  scalar('title');
  scalar('slug');
  scalar('locale');
  scalar('translationGroup');
  scalar('stage');
  if (before.body !== after.body)
    fields.push({ field: 'body', parts: textDiff(`${before.body}\n`, `${after.body}\n`, true) });
  const list = (field: 'errorCodes' | 'symptoms' | 'tags') => {
    if (before[field].join('\n') !== after[field].join('\n'))
      fields.push({ field, parts: listDiff(before[field], after[field]) });
  };
  list('errorCodes');
  list('symptoms');
  list('tags');
  const [productsBefore, productsAfter] = [productLines(before), productLines(after)];
  if (productsBefore.join('\n') !== productsAfter.join('\n'))
    fields.push({ field: 'products', parts: listDiff(productsBefore, productsAfter) });
  return fields;
}
