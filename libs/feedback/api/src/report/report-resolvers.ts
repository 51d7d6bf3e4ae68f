/**
 * The report's GraphQL: `feedbackReport`, `feedbackReportItems`, `feedbackReportDefinition`,
 * `feedbackReportProducts` for product teams, supervisors and admins (read-only), and the admin's
 * `changeFeedbackReportDefinition`, which answers once the report has been rebuilt under it.
 */
import { commandError, userError } from '@deskstream/access';
import { CommandRunner, type CommandStore, type ProjectionRunner } from '@deskstream/event-sourcing';
import {
  FEEDBACK_REPORT_DEFINITION_STREAM,
  FEEDBACK_REPORT_ERRORS,
  reportDefinitionDecider,
  type FeedbackKind,
  type FeedbackSourceKind,
} from '@deskstream/feedback-domain';
import type { ReportHolder } from '@deskstream/feedback-read-models';
import type { MutationResolvers, QueryResolvers } from '@deskstream/graphql-types';
import type { ReportRebuilds } from './report-replay';
import { reportFilter, requireAdmin, requireReportReader } from './report-request';
import { reportItemsView, reportView } from './report-view';

export interface ReportResolverDeps {
  holder: ReportHolder;
  rebuilds: ReportRebuilds;
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor'>;
  now: () => Date;
}

export function definitionView(holder: ReportHolder) {
  const report = holder.current;
  const latest = report.latestDefinition;
  return {
    version: latest.version,
    kinds: latest.kinds,
    sources: latest.sources,
    dismissedCount: latest.dismissedCount,
    changedAt: report.definitionChange?.at ?? null,
    changedById: report.definitionChange?.byId ?? null,
    appliedVersion: report.definition.version,
    rebuilding: holder.rebuilding || report.stale,
  };
}

export function reportResolvers({ holder, rebuilds, store, runner, now }: ReportResolverDeps) {
  const commands = new CommandRunner(store, runner);
  const Query: Pick<
    QueryResolvers,
    'feedbackReport' | 'feedbackReportItems' | 'feedbackReportDefinition' | 'feedbackReportProducts'
  > = {
    feedbackReport: (_root, { filter }, context) => {
      requireReportReader(context);
      const report = holder.current;
      const request = reportFilter(report, filter, now());
      return reportView(report, request.filter, request.today, holder.rebuilding || report.stale) as never;
    },
    feedbackReportItems: (_root, { filter, first, after }, context) => {
      const staff = requireReportReader(context);
      const report = holder.current;
      const request = reportFilter(report, filter, now());
      const page = reportItemsView(report, staff, request.filter, first ?? 50, after ?? null);
      if (!page) throw userError(FEEDBACK_REPORT_ERRORS, 'FEEDBACK_REPORT_CURSOR_INVALID');
      return page as never;
    },
    feedbackReportDefinition: (_root, _args, context) => {
      requireReportReader(context);
      return definitionView(holder) as never;
    },
    feedbackReportProducts: (_root, _args, context) => {
      requireReportReader(context);
      return [...holder.current.facts.catalogue.values()]
        .map(({ key, name, versions }) => ({ key, name, versions: [...versions] }))
        .sort((a, b) => a.key.localeCompare(b.key));
    },
  };

  const Mutation: Pick<MutationResolvers, 'changeFeedbackReportDefinition'> = {
    changeFeedbackReportDefinition: async (_root, { input }, context) => {
      const staff = requireAdmin(context);
      const outcome = await commands.run({
        streamName: FEEDBACK_REPORT_DEFINITION_STREAM,
        decider: reportDefinitionDecider,
        command: {
          type: 'ChangeFeedbackReportDefinition',
          data: {
            basedOn: input.basedOn,
            kinds: input.kinds.map((kind) => ({
              key: kind.key,
              labels: { ...kind.labels },
              countsAs: kind.countsAs as FeedbackKind[],
            })),
            sources: input.sources as FeedbackSourceKind[],
            dismissedCount: input.dismissedCount,
            by: { kind: 'staff', id: staff.id },
            at: now().toISOString(),
          },
        },
        commandId: `report-definition-${input.commandId}`,
        metadata: { actor: { kind: 'staff', id: staff.id } },
      });
      if (!outcome.ok) throw commandError(FEEDBACK_REPORT_ERRORS, outcome.error);
      await rebuilds.ensure();
      return definitionView(holder) as never;
    },
  };
  return { Query, Mutation };
}
