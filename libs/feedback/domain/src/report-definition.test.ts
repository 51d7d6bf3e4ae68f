import { describe, expect, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import type { FeedbackReportDefinitionChanged, FeedbackReportKind } from './feedback-events';
import {
  DEFAULT_REPORT_DEFINITION,
  reportDefinitionDecider,
  reportKindResolver,
  type ReportDefinitionCommand,
} from './report-definition';

const given = deciderSpec(reportDefinitionDecider);
const by = { kind: 'staff', id: 'admin' } as const;
const at = '2026-03-01T10:00:00.000Z';
const labels = (en: string) => ({ fa: en, en, ja: en, vi: en });
const problems: FeedbackReportKind = {
  key: 'PROBLEM',
  labels: labels('Problem'),
  countsAs: ['BUG', 'USABILITY', 'CONTENT_ERROR'],
};
const wishes: FeedbackReportKind = { key: 'WISH', labels: labels('Wish'), countsAs: ['FEATURE_REQUEST'] };
const change = (kinds: FeedbackReportKind[], basedOn = 0): ReportDefinitionCommand => ({
  type: 'ChangeFeedbackReportDefinition',
  data: { basedOn, kinds, sources: ['CHAT_MESSAGE', 'TICKET_MESSAGE'], dismissedCount: false, by, at },
});
const changed: FeedbackReportDefinitionChanged = {
  type: 'FeedbackReportDefinitionChanged',
  data: {
    version: 1,
    kinds: [problems, wishes],
    sources: ['CHAT_MESSAGE', 'TICKET_MESSAGE'],
    dismissedCount: false,
    by,
    at,
  },
};

describe('the report definition', () => {
  it('counts each captured kind as itself by default', () => {
    const kindOf = reportKindResolver(DEFAULT_REPORT_DEFINITION);
    expect(kindOf('BUG')).toBe('BUG');
    expect(kindOf(null)).toBe('UNCLASSIFIED');
  });

  it('maps old kinds onto new ones; what no kind claims counts as OTHER', () => {
    const kindOf = reportKindResolver({ ...DEFAULT_REPORT_DEFINITION, kinds: [problems, wishes] });
    expect(kindOf('USABILITY')).toBe('PROBLEM');
    expect(kindOf('FEATURE_REQUEST')).toBe('WISH');
    expect(kindOf('PRAISE')).toBe('OTHER');
  });

  it('is versioned: each change is the next version, made from the version the admin saw', () => {
    given([])
      .when(change([problems, wishes]))
      .then([changed]);
    given([changed])
      .when(change([problems], 0))
      .then('FEEDBACK_REPORT_DEFINITION_CHANGED');
    given([changed])
      .when(change([problems], 1))
      .then([{ type: 'FeedbackReportDefinitionChanged', data: { ...changed.data, version: 2, kinds: [problems] } }]);
  });

  it('refuses duplicate keys, a kind counted twice, missing labels and no sources', () => {
    given([])
      .when(change([problems, { ...wishes, key: 'PROBLEM' }]))
      .then('FEEDBACK_REPORT_KINDS_INVALID');
    given([])
      .when(change([problems, { ...wishes, countsAs: ['BUG'] }]))
      .then('FEEDBACK_REPORT_KINDS_INVALID');
    given([])
      .when(change([{ ...wishes, key: 'OTHER' }]))
      .then('FEEDBACK_REPORT_KINDS_INVALID');
    given([])
      .when(change([{ ...wishes, labels: { ...labels('Wish'), ja: '' } }]))
      .then('FEEDBACK_REPORT_LABEL_INVALID');
    given([])
      .when({ ...change([wishes]), data: { ...change([wishes]).data, sources: [] } })
      .then('FEEDBACK_REPORT_SOURCES_INVALID');
  });
});
