/**
 * The period report for download: `GET /api/v1/operations/report.csv` and `.xlsx` with the
 * dashboard's filter in the query (`from`, `to`, `granularity`), for supervisors and admins by
 * their bearer token as GraphQL checks it. The CSV holds the series and the period's total; the
 * workbook adds a sheet of the volumes by channel and requester type and one of the headline figures.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { StaffDirectory } from '@deskstream/access';
import type { OperationsDashboard } from '@deskstream/graphql-types';
import { OPERATIONS_GRANULARITIES, type OperationsGranularity } from '@deskstream/operations-domain';
import type { OperationsReadModel } from '@deskstream/operations-read-models';
import { requireOperationsReader } from './access';
import { checkedFilter } from './filter';
import { REPORT_COLUMNS, matrixRows, reportRows } from './report-rows';
import { dashboardView } from './views';

export const REPORT_PATH = '/api/v1/operations/report';

const STATUS_OF: Record<string, number> = { VALIDATION_ERROR: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403 };

interface ReportQuery {
  from?: string;
  to?: string;
  granularity?: string;
}

export interface ReportRouteDeps {
  readModel: OperationsReadModel;
  staffDirectory?: StaffDirectory;
  now: () => Date;
}

export function reportRoutes(app: FastifyInstance, { readModel, staffDirectory, now }: ReportRouteDeps): void {
  const querySchema = {
    type: 'object',
    properties: { from: { type: 'string' }, to: { type: 'string' }, granularity: { type: 'string' } },
  };
  const dashboardFor = (authorization: string | undefined, query: ReportQuery): OperationsDashboard => {
    requireOperationsReader({ authorization, staffDirectory });
    const granularity = (query.granularity ?? 'DAY').toUpperCase() as OperationsGranularity;
    const filter = checkedFilter({
      from: query.from ?? '',
      to: query.to ?? '',
      granularity: OPERATIONS_GRANULARITIES.includes(granularity) ? granularity : 'DAY',
    });
    return dashboardView(readModel, filter, now());
  };
  const fileName = (dashboard: OperationsDashboard, extension: string) =>
    `operations-${dashboard.from}-${dashboard.to}-${dashboard.granularity.toLowerCase()}.${extension}`;

  app.get<{ Querystring: ReportQuery }>(
    `${REPORT_PATH}.csv`,
    { schema: { querystring: querySchema } },
    (request, reply) =>
      answer(reply, () => {
        const dashboard = dashboardFor(request.headers.authorization, request.query);
        const csv = stringify([[...REPORT_COLUMNS], ...reportRows(dashboard)]);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${fileName(dashboard, 'csv')}"`)
          .header('cache-control', 'no-store')
          .send(`\uFEFF${csv}`);
      }),
  );

  app.get<{ Querystring: ReportQuery }>(
    `${REPORT_PATH}.xlsx`,
    { schema: { querystring: querySchema } },
    (request, reply) =>
      answer(reply, async () => {
        const dashboard = dashboardFor(request.headers.authorization, request.query);
        const workbook = await workbookOf(dashboard);
        return reply
          .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="${fileName(dashboard, 'xlsx')}"`)
          .header('cache-control', 'no-store')
          .send(workbook);
      }),
  );
}

/** Runs a route's work; a rejection (who is asking, a wrong filter) answers its status with its code and reason. */
async function answer(reply: FastifyReply, work: () => unknown): Promise<unknown> {
  try {
    return await work();
  } catch (error) {
    const extensions = (error as { extensions?: { code?: string; reason?: string } }).extensions;
    const status = extensions?.code ? STATUS_OF[extensions.code] : undefined;
    if (!status) throw error;
    return reply
      .code(status)
      .send({ code: extensions!.code, reason: extensions!.reason, message: (error as Error).message });
  }
}

export async function workbookOf(dashboard: OperationsDashboard): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Deskstream';
  const summary = workbook.addWorksheet('Summary');
  summary.addRows([
    ['from', dashboard.from],
    ['to', dashboard.to],
    ['timeZone', dashboard.timeZone],
    ['granularity', dashboard.granularity],
    ['received', dashboard.volumes.received],
    ['answered', dashboard.volumes.answered],
    ...dashboard.volumes.byChannel.map((volume) => [volume.channel, volume.received, volume.answered]),
    ['personDays', dashboard.staffing.personDays],
    ['personHours', dashboard.staffing.personHours],
    ['answerRate', dashboard.serviceLevels.answerRate ?? null],
    ['serviceLevel', dashboard.serviceLevels.serviceLevel ?? null],
  ]);
  const series = workbook.addWorksheet('Series');
  series.addRow([...REPORT_COLUMNS]).font = { bold: true };
  series.addRows(reportRows(dashboard));
  series.views = [{ state: 'frozen', ySplit: 1 }];
  const matrix = workbook.addWorksheet('Volumes');
  matrix.addRow(['channel', 'requesterType', 'received', 'answered']).font = { bold: true };
  matrix.addRows(matrixRows(dashboard));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
