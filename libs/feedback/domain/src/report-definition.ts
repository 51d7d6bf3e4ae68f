/**
 * The report's definition (`feedback-report-definition`, one stream, versioned): the kind taxonomy
 * the report counts in (each report kind says which captured kinds count as it), which sources
 * count, and whether dismissed items count. Version 0 is the one before any change: the seven
 * captured kinds as they are, every source, dismissed items left out. Changing it makes the api
 * rebuild the report from history by replay. Pure.
 */
import { assertNever, type Decider } from '@deskstream/domain-kit';
import {
  FEEDBACK_KINDS,
  FEEDBACK_LANGUAGES,
  FEEDBACK_SOURCE_KINDS,
  type FeedbackActor,
  type FeedbackKind,
  type FeedbackLocalizedText,
  type FeedbackReportDefinitionChanged,
  type FeedbackReportKind,
  type FeedbackSourceKind,
} from './feedback-events';
import { rejectReport, type FeedbackReportRejection } from './report-definition-errors';

export interface FeedbackReportDefinition {
  version: number;
  kinds: FeedbackReportKind[];
  sources: FeedbackSourceKind[];
  dismissedCount: boolean;
}

/** The report kind an item without a kind (not classified yet) counts as. */
export const UNCLASSIFIED_REPORT_KIND = 'UNCLASSIFIED';
/** The report kind a captured kind that no report kind claims counts as. */
export const OTHER_REPORT_KIND = 'OTHER';

export const REPORT_DEFINITION_LIMITS = { kinds: 20, keyLength: 40, labelLength: 60 } as const;

const DEFAULT_LABELS: Record<FeedbackKind, FeedbackLocalizedText> = {
  BUG: { fa: 'اشکال', en: 'Bug', ja: '不具合', vi: 'Lỗi' },
  FEATURE_REQUEST: { fa: 'درخواست قابلیت', en: 'Feature request', ja: '機能要望', vi: 'Yêu cầu tính năng' },
  USABILITY: { fa: 'کاربردپذیری', en: 'Usability', ja: '使いやすさ', vi: 'Khả năng sử dụng' },
  CONTENT_ERROR: { fa: 'خطای محتوا', en: 'Content error', ja: '内容の誤り', vi: 'Lỗi nội dung' },
  COMPLAINT: { fa: 'شکایت', en: 'Complaint', ja: '苦情', vi: 'Khiếu nại' },
  PRAISE: { fa: 'تشکر', en: 'Praise', ja: '称賛', vi: 'Khen ngợi' },
  QUESTION: { fa: 'پرسش', en: 'Question', ja: '質問', vi: 'Câu hỏi' },
};

export const DEFAULT_REPORT_DEFINITION: FeedbackReportDefinition = {
  version: 0,
  kinds: FEEDBACK_KINDS.map((kind) => ({ key: kind, labels: DEFAULT_LABELS[kind], countsAs: [kind] })),
  sources: [...FEEDBACK_SOURCE_KINDS],
  dismissedCount: false,
};

export function definitionOf(event: FeedbackReportDefinitionChanged['data']): FeedbackReportDefinition {
  return { version: event.version, kinds: event.kinds, sources: event.sources, dismissedCount: event.dismissedCount };
}

/** Which report kind a captured kind counts as under a definition. */
export function reportKindResolver(definition: FeedbackReportDefinition): (kind: FeedbackKind | null) => string {
  const map = new Map<FeedbackKind, string>();
  for (const reportKind of definition.kinds)
    for (const kind of reportKind.countsAs) if (!map.has(kind)) map.set(kind, reportKind.key);
  return (kind) => (kind === null ? UNCLASSIFIED_REPORT_KIND : (map.get(kind) ?? OTHER_REPORT_KIND));
}

const KEY = /^[A-Z][A-Z0-9_]*$/;

/** Why a proposed definition is not acceptable, or null. */
export function definitionProblem(
  kinds: readonly FeedbackReportKind[],
  sources: readonly FeedbackSourceKind[],
): FeedbackReportRejection | null {
  if (kinds.length === 0 || kinds.length > REPORT_DEFINITION_LIMITS.kinds)
    return rejectReport('FEEDBACK_REPORT_KINDS_INVALID');
  const keys = new Set<string>();
  const claimed = new Set<FeedbackKind>();
  for (const kind of kinds) {
    if (!KEY.test(kind.key) || kind.key.length > REPORT_DEFINITION_LIMITS.keyLength || keys.has(kind.key))
      return rejectReport('FEEDBACK_REPORT_KINDS_INVALID');
    if (kind.key === UNCLASSIFIED_REPORT_KIND || kind.key === OTHER_REPORT_KIND)
      return rejectReport('FEEDBACK_REPORT_KINDS_INVALID');
    keys.add(kind.key);
    for (const language of FEEDBACK_LANGUAGES) {
      const label = kind.labels[language]?.trim() ?? '';
      if (label.length === 0 || label.length > REPORT_DEFINITION_LIMITS.labelLength)
        return rejectReport('FEEDBACK_REPORT_LABEL_INVALID');
    }
    for (const counted of kind.countsAs) {
      if (!FEEDBACK_KINDS.includes(counted) || claimed.has(counted))
        return rejectReport('FEEDBACK_REPORT_KINDS_INVALID');
      claimed.add(counted);
    }
  }
  if (sources.length === 0 || new Set(sources).size !== sources.length)
    return rejectReport('FEEDBACK_REPORT_SOURCES_INVALID');
  if (sources.some((source) => !FEEDBACK_SOURCE_KINDS.includes(source)))
    return rejectReport('FEEDBACK_REPORT_SOURCES_INVALID');
  return null;
}

export type ReportDefinitionCommand = {
  type: 'ChangeFeedbackReportDefinition';
  data: {
    /** The version the admin started from: a change made in between is a conflict. */
    basedOn: number;
    kinds: FeedbackReportKind[];
    sources: FeedbackSourceKind[];
    dismissedCount: boolean;
    by: FeedbackActor;
    at: string;
  };
};

export const reportDefinitionDecider: Decider<
  ReportDefinitionCommand,
  FeedbackReportDefinitionChanged,
  FeedbackReportDefinition,
  FeedbackReportRejection
> = {
  initialState: () => DEFAULT_REPORT_DEFINITION,
  evolve(_state, event) {
    switch (event.type) {
      case 'FeedbackReportDefinitionChanged':
        return definitionOf(event.data);
      default:
        return assertNever(event.type);
    }
  },
  decide(command, state) {
    const { basedOn, sources, dismissedCount, by, at } = command.data;
    if (basedOn !== state.version) return rejectReport('FEEDBACK_REPORT_DEFINITION_CHANGED');
    const kinds = command.data.kinds.map((kind) => ({
      key: kind.key.trim(),
      labels: {
        fa: kind.labels.fa.trim(),
        en: kind.labels.en.trim(),
        ja: kind.labels.ja.trim(),
        vi: kind.labels.vi.trim(),
      },
      countsAs: [...kind.countsAs],
    }));
    const problem = definitionProblem(kinds, sources);
    if (problem) return problem;
    return [
      {
        type: 'FeedbackReportDefinitionChanged',
        data: { version: state.version + 1, kinds, sources: [...sources], dismissedCount, by, at },
      },
    ];
  },
};
