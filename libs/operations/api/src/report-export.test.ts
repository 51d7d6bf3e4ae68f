import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { OperationsDashboard } from '@deskstream/graphql-types';
import { OperationsReadModel } from '@deskstream/operations-read-models';
import { workbookOf } from './report-export';
import { REPORT_COLUMNS, reportRows } from './report-rows';
import { dashboardView } from './views';

function dashboard(): OperationsDashboard {
  const readModel = new OperationsReadModel({ timeZone: 'Asia/Tehran' });
  const number = { raw: '1', e164: null };
  readModel.figures.apply({
    type: 'CallRang',
    data: {
      callId: 'c1',
      source: 'CTI',
      pbxCallId: 'c1',
      direction: 'IN',
      from: number,
      to: number,
      queue: null,
      users: [],
      staffIds: [],
      at: '2025-05-01T05:00:00Z',
    },
  });
  readModel.figures.apply({
    type: 'CallWrappedUp',
    data: {
      callId: 'c1',
      topic: 'booth',
      outcome: 'MISSED',
      requesterType: 'publisher',
      by: { kind: 'system', id: 'x' },
      at: '2025-05-01T05:10:00Z',
    },
  });
  return dashboardView(
    readModel,
    { from: '2025-05-01', to: '2025-05-02', granularity: 'DAY' },
    new Date('2025-05-03T00:00:00Z'),
  );
}

describe('the period report', () => {
  it('has a row per bucket and one for the period, under its columns', () => {
    const rows = reportRows(dashboard());
    expect(rows.map((row) => row[0])).toEqual(['2025-05-01', '2025-05-02', '2025-05-01…2025-05-02']);
    expect(rows.every((row) => row.length === REPORT_COLUMNS.length)).toBe(true);
    expect(rows[2]![REPORT_COLUMNS.indexOf('INBOUND_CALL_received')]).toBe(1);
  });

  it('writes a workbook with the headline figures, the series and the volumes', async () => {
    const workbook = new ExcelJS.Workbook();
    const file = await workbookOf(dashboard());
    await workbook.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Summary', 'Series', 'Volumes']);
    const series = workbook.getWorksheet('Series')!;
    expect(series.getRow(1).getCell(1).value).toBe('bucket');
    expect(series.rowCount).toBe(4);
    const volumes = workbook.getWorksheet('Volumes')!;
    expect(volumes.getRow(2).values).toEqual([undefined, 'INBOUND_CALL', 'publisher', 1, 0]);
  });
});
