/**
 * Any view of the report as CSV: `GET /api/v1/feedback/report.csv?view=<summary|trend|topics|
 * notFound|satisfaction|items>&<the view's filter: product, version, kind, severity, channel, from,
 * to, bucket, topicId>`, with the staff member's `Authorization: Bearer …`, allowed as the GraphQL
 * report is (personal data as there). Written by csv-stringify (RFC 4180, CRLF), with a byte-order
 * mark so spreadsheets read Persian, Japanese and Vietnamese as UTF-8, and cells that start with
 * = + - @ prefixed with ' so a spreadsheet never runs them as formulas.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import { requireStaff, type StaffDirectory } from '@deskstream/access';
import type { FeedbackReport, ReportFilter, ReportHolder } from '@deskstream/feedback-read-models';
import { REPORT_READERS, reportFilter, type ReportFilterInput } from './report-request';
import { reportItemsView, reportView } from './report-view';

export const REPORT_CSV_PATH = '/api/v1/feedback/report.csv';
export const REPORT_CSV_VIEWS = ['summary', 'trend', 'topics', 'notFound', 'satisfaction', 'items'] as const;
type CsvView = (typeof REPORT_CSV_VIEWS)[number];
type Cell = string | number | null;

/** The items view's rows: at most this many (the newest). */
export const CSV_ITEMS_MAX = 10_000;

const safe = (value: Cell): Cell => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

function rowsOf(
  view: CsvView,
  report: FeedbackReport,
  filter: ReportFilter,
  today: string,
  items: () => ReturnType<typeof reportItemsView>,
): Cell[][] {
  if (view === 'items') {
    const page = items()!;
    return [
      [
        'id',
        'at',
        'channel',
        'kind',
        'reportKind',
        'severity',
        'product',
        'version',
        'build',
        'language',
        'topicId',
      ].concat(
        ['source', 'chatId', 'ticketId', 'ticketNumber', 'messageId', 'callId', 'noteId', 'questionId'],
        ['articleId', 'articleRevision', 'surveyId', 'reporterKind', 'customerId', 'name', 'email', 'phone', 'text'],
      ),
      ...page.items.map((item) => [
        ...[item.id, item.at, item.channel, item.kind, item.reportKind, item.severity, item.product, item.version],
        ...[item.build, item.language, item.topicId, item.source.kind, item.source.chatId, item.source.ticketId],
        ...[item.ticketNumber, item.source.messageId, item.source.callId, item.source.noteId, item.source.questionId],
        ...[item.source.articleId, item.source.articleRevision, item.source.surveyId, item.reporter.kind],
        ...[item.reporter.customerId, item.reporter.name, item.reporter.email, item.reporter.phone, item.text],
      ]),
    ];
  }
  const figures = reportView(report, filter, today, false);
  switch (view) {
    case 'summary':
      return [
        ['figure', 'key', 'product', 'count'],
        ['total', '', null, figures.total],
        ['reporters', '', null, figures.reporters],
        ...(['byKind', 'byChannel', 'bySeverity', 'byProduct', 'byVersion'] as const).flatMap((figure) =>
          figures[figure].map((entry) => [figure, entry.key, entry.product, entry.count]),
        ),
      ];
    case 'trend': {
      const kinds = [...new Set(figures.trend.flatMap((point) => point.byKind.map((entry) => entry.key)))].sort();
      return [
        ['start', 'count', ...kinds],
        ...figures.trend.map((point) => [
          point.start,
          point.count,
          ...kinds.map((kind) => point.byKind.find((entry) => entry.key === kind)?.count ?? 0),
        ]),
      ];
    }
    case 'topics':
      return [
        ['topicId', 'title', 'product', 'kind', 'status', 'answerVersion', 'reporters', 'items'],
        ...figures.topTopics.map(({ topic, reporters, items: count }) => [
          ...[topic.id, topic.title, topic.product, topic.kind, topic.status, topic.answerVersion, reporters, count],
        ]),
      ];
    case 'notFound':
      return [
        ['query', 'language', 'count', 'lastAt'],
        ...figures.notFound.map((miss) => [miss.query, miss.language, miss.count, miss.lastAt]),
      ];
    case 'satisfaction':
      return [
        ['start', 'answers', 'average'],
        ...figures.satisfaction.trend.map((point) => [point.start, point.answers, point.average]),
        ['total', figures.satisfaction.answers, figures.satisfaction.average],
      ];
  }
}

export function reportCsvRoute(
  app: FastifyInstance,
  options: { holder: ReportHolder; staffDirectory?: StaffDirectory; now: () => Date },
): void {
  const refuse = (reply: FastifyReply, error: unknown) => {
    const { code, reason } = ((error as { extensions?: { code?: string; reason?: string } }).extensions ?? {}) as {
      code?: string;
      reason?: string;
    };
    const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code ? 400 : 500;
    if (status === 500) throw error;
    return reply.code(status).send({ code, reason, message: (error as Error).message });
  };
  app.get<{ Querystring: Record<string, string | undefined> }>(REPORT_CSV_PATH, async (request, reply) => {
    const context = { authorization: request.headers.authorization, staffDirectory: options.staffDirectory };
    try {
      const staff = requireStaff(context, REPORT_READERS);
      const view = (request.query.view ?? 'summary') as CsvView;
      if (!REPORT_CSV_VIEWS.includes(view))
        return reply.code(400).send({ code: 'VALIDATION_ERROR', reason: 'FEEDBACK_REPORT_VIEW_INVALID' });
      const report = options.holder.current;
      const { filter, today } = reportFilter(report, request.query as ReportFilterInput, options.now());
      const rows = rowsOf(view, report, filter, today, () =>
        reportItemsView(report, staff, filter, CSV_ITEMS_MAX, null, CSV_ITEMS_MAX),
      );
      const csv = stringify(
        rows.map((row) => row.map(safe)),
        { bom: true, record_delimiter: 'windows', cast: { boolean: (value) => String(value) } },
      );
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="feedback-report-${view}-${today}.csv"`)
        .header('cache-control', 'no-store')
        .send(csv);
    } catch (error) {
      return refuse(reply, error);
    }
  });
}
