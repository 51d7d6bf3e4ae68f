import { describe, expect, it } from 'vitest';
import {
  bucketPeriod,
  choiceFromQuery,
  defaultChoice,
  filterOf,
  narrowed,
  presetOf,
  presetPeriod,
  queryFromChoice,
} from './report-filter';

describe('the report’s choice in the address', () => {
  it('reads every filter back from the query it writes', () => {
    const choice = {
      product: 'noor-desk',
      version: '2.0',
      kind: 'BUG',
      severity: 'HIGH',
      channel: 'CHAT',
      from: '2026-09-01',
      to: '2026-12-07',
      bucket: 'MONTH',
      topic: 'topic-1',
    } as const;
    const query = queryFromChoice(choice);
    expect(query).toEqual({
      product: 'noor-desk',
      version: '2.0',
      kind: 'BUG',
      severity: 'HIGH',
      channel: 'CHAT',
      from: '2026-09-01',
      to: '2026-12-07',
      bucket: 'MONTH',
      topic: 'topic-1',
    });
    expect(choiceFromQuery(query)).toEqual(choice);
  });

  it('writes nothing for the default view and reads an empty query as the default', () => {
    expect(queryFromChoice(defaultChoice())).toEqual({});
    expect(choiceFromQuery({})).toEqual(defaultChoice());
  });

  it('leaves out what it does not know, a version without its product, and days that are not days', () => {
    expect(
      choiceFromQuery({
        kind: 'rumour',
        severity: 'low',
        channel: ['CHAT', 'TICKET'],
        version: '2.0',
        from: '2026-13-45',
        to: 'soon',
        bucket: 'YEAR',
      }),
    ).toEqual({ ...defaultChoice(), channel: 'CHAT' });
  });

  it('takes any kind of the report’s taxonomy, not only the captured kinds', () => {
    expect(choiceFromQuery({ kind: 'DEFECT' }).kind).toBe('DEFECT');
    expect(choiceFromQuery({ kind: 'UNCLASSIFIED' }).kind).toBe('UNCLASSIFIED');
  });

  it('reads a period that ends before it starts the right way round', () => {
    expect(choiceFromQuery({ from: '2026-12-07', to: '2026-09-01' })).toMatchObject({
      from: '2026-09-01',
      to: '2026-12-07',
    });
  });

  it('sends the api only what is chosen', () => {
    expect(filterOf({ ...defaultChoice(), kind: 'PRAISE', version: '2.0' })).toEqual({
      bucket: 'WEEK',
      kind: 'PRAISE',
    });
    expect(filterOf({ ...defaultChoice(), product: 'zariah', version: '1.0', topic: 't-1' })).toEqual({
      bucket: 'WEEK',
      product: 'zariah',
      version: '1.0',
      topicId: 't-1',
    });
  });
});

describe('periods', () => {
  it('counts a preset back from today, both days included, and recognises it again', () => {
    expect(presetPeriod('2026-12-07', 7)).toEqual({ from: '2026-12-01', to: '2026-12-07' });
    expect(presetPeriod('2026-03-01', 30)).toEqual({ from: '2026-01-31', to: '2026-03-01' });
    expect(presetOf({ from: '2026-09-09', to: '2026-12-07' }, '2026-12-07')).toBe(90);
    expect(presetOf({ from: '2026-09-10', to: '2026-12-07' }, '2026-12-07')).toBeNull();
    expect(presetOf({ from: '2026-12-01', to: '2026-12-06' }, '2026-12-07')).toBeNull();
  });

  it('gives the days of a trend’s bucket, kept inside the period shown', () => {
    expect(bucketPeriod('2026-12-07', 'DAY')).toEqual({ from: '2026-12-07', to: '2026-12-07' });
    expect(bucketPeriod('2026-11-30', 'WEEK')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(bucketPeriod('2024-02-01', 'MONTH')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(bucketPeriod('2026-12-01', 'MONTH', { from: '2026-09-09', to: '2026-12-07' })).toEqual({
      from: '2026-12-01',
      to: '2026-12-07',
    });
    expect(bucketPeriod('2026-09-07', 'WEEK', { from: '2026-09-09', to: null })).toEqual({
      from: '2026-09-09',
      to: '2026-09-13',
    });
  });

  it('narrows a view to a figure, forgetting the version of another product', () => {
    const choice = { ...defaultChoice(), product: 'noor-desk', version: '2.0' };
    expect(narrowed(choice, { kind: 'BUG' })).toMatchObject({ product: 'noor-desk', version: '2.0', kind: 'BUG' });
    expect(narrowed(choice, { product: 'zariah' })).toMatchObject({ product: 'zariah', version: null });
  });
});
