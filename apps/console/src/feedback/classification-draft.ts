import { FEEDBACK_LIMITS } from '@deskstream/feedback-domain';
import type { FeedbackClassificationInput, FeedbackKind, FeedbackSeverity } from '../generated/graphql';
import { tagsFrom } from './queue-filter';

/** A classification as the agent types it: empty strings for what is not chosen. */
export interface ClassificationDraft {
  product: string;
  version: string;
  build: string;
  kind: FeedbackKind | '';
  severity: FeedbackSeverity | '';
  tags: string;
}

interface Classified {
  product?: string | null;
  version?: string | null;
  build?: string | null;
  kind?: FeedbackKind | null;
  severity?: FeedbackSeverity | null;
  tags?: readonly string[];
}

export const draftOf = (item: Classified = {}): ClassificationDraft => ({
  product: item.product ?? '',
  version: item.version ?? '',
  build: item.build ?? '',
  kind: item.kind ?? '',
  severity: item.severity ?? '',
  tags: (item.tags ?? []).join(', '),
});

const orNull = (text: string): string | null => text.trim() || null;

/** The api's classification for a draft (nothing chosen is null; a version without a product is dropped). */
export function inputOf(draft: ClassificationDraft): FeedbackClassificationInput {
  const product = orNull(draft.product);
  return {
    product,
    version: product ? orNull(draft.version) : null,
    build: orNull(draft.build),
    kind: draft.kind || null,
    severity: draft.severity || null,
    tags: tagsFrom(draft.tags),
  };
}

/** What is wrong with a draft before it is sent (the domain's limits), as `feedback.errors` reasons. */
export function draftProblem(draft: ClassificationDraft): 'FEEDBACK_TAGS_INVALID' | 'FEEDBACK_BUILD_INVALID' | null {
  const tags = tagsFrom(draft.tags);
  if (tags.length > FEEDBACK_LIMITS.tags || tags.some((tag) => [...tag].length > FEEDBACK_LIMITS.tagLength)) {
    return 'FEEDBACK_TAGS_INVALID';
  }
  if ([draft.version, draft.build].some((text) => [...text.trim()].length > FEEDBACK_LIMITS.versionLength)) {
    return 'FEEDBACK_BUILD_INVALID';
  }
  return null;
}

/** Whether the draft says anything at all (an empty one is not sent with a capture). */
export const isEmptyDraft = (draft: ClassificationDraft): boolean =>
  !draft.product.trim() && !draft.build.trim() && !draft.kind && !draft.severity && tagsFrom(draft.tags).length === 0;
