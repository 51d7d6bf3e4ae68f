import {
  FEEDBACK_KINDS,
  definitionProblem,
  type FeedbackKind,
  type FeedbackReportErrorReason,
  type FeedbackSourceKind,
} from '@deskstream/feedback-domain';
import type { DefinitionChange, Definition } from './report-definition-store';

/** The definition as the admin edits it. */
export interface DefinitionDraft {
  basedOn: number;
  kinds: { key: string; labels: { fa: string; en: string; ja: string; vi: string }; countsAs: FeedbackKind[] }[];
  sources: FeedbackSourceKind[];
  dismissedCount: boolean;
}

export function draftOf(definition: Definition): DefinitionDraft {
  return {
    basedOn: definition.version,
    kinds: definition.kinds.map((kind) => ({
      key: kind.key,
      labels: { fa: kind.labels.fa, en: kind.labels.en, ja: kind.labels.ja, vi: kind.labels.vi },
      countsAs: [...kind.countsAs],
    })),
    sources: [...definition.sources],
    dismissedCount: definition.dismissedCount,
  };
}

/**
 * Why the api would refuse a draft, by the domain's own rule (the api checks it again): the
 * refusal's reason (`FEEDBACK_REPORT_KINDS_INVALID`, …), worded like the api's answer, or null.
 */
export function problemOf(draft: DefinitionDraft): FeedbackReportErrorReason | null {
  const change = changeOf(draft);
  return definitionProblem(change.kinds, change.sources)?.code ?? null;
}

/** Captured kinds no kind claims: they count as OTHER. */
export function unclaimedKinds(draft: DefinitionDraft): FeedbackKind[] {
  const claimed = new Set(draft.kinds.flatMap((kind) => kind.countsAs));
  return FEEDBACK_KINDS.filter((kind) => !claimed.has(kind));
}

export function changeOf(draft: DefinitionDraft): DefinitionChange {
  return {
    basedOn: draft.basedOn,
    kinds: draft.kinds.map((kind) => ({
      key: kind.key.trim(),
      labels: {
        fa: kind.labels.fa.trim(),
        en: kind.labels.en.trim(),
        ja: kind.labels.ja.trim(),
        vi: kind.labels.vi.trim(),
      },
      countsAs: [...kind.countsAs],
    })),
    sources: [...draft.sources],
    dismissedCount: draft.dismissedCount,
  };
}
