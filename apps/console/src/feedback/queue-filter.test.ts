import { describe, expect, it } from 'vitest';
import { choiceFromQuery, defaultQueueChoice, filterOf, queryFromChoice, sameList, tagsFrom } from './queue-filter';

describe('the triage queue’s choice in the address', () => {
  it('reads what it knows and drops the rest', () => {
    expect(
      choiceFromQuery({
        state: 'GROUPED',
        kind: 'BUG',
        severity: 'LOUD',
        channel: ['CHAT'],
        q: ' crash ',
        item: 'i-1',
      }),
    ).toEqual({
      ...defaultQueueChoice(),
      state: 'GROUPED',
      kind: 'BUG',
      channel: 'CHAT',
      text: 'crash',
      item: 'i-1',
    });
    expect(choiceFromQuery({ state: 'NOPE' }).state).toBe('OPEN');
  });

  it('writes only what differs from the default, and reads back the same choice', () => {
    expect(queryFromChoice(defaultQueueChoice())).toEqual({});
    const choice = { ...defaultQueueChoice(), unclassified: true, product: 'noor-reader', text: 'خطا ۱۶۰۳' };
    expect(queryFromChoice(choice)).toEqual({ unclassified: '1', product: 'noor-reader', q: 'خطا ۱۶۰۳' });
    expect(choiceFromQuery(queryFromChoice(choice))).toEqual(choice);
  });

  it('asks the api for the list without the open item, page by page', () => {
    const choice = { ...defaultQueueChoice(), kind: 'BUG' as const, item: 'i-1' };
    expect(filterOf(choice, 50)).toEqual({ state: 'OPEN', kind: 'BUG', first: 50 });
    expect(filterOf(choice, 50, 'c-2')).toEqual({ state: 'OPEN', kind: 'BUG', first: 50, after: 'c-2' });
    expect(sameList(choice, { ...choice, item: 'i-2' })).toBe(true);
    expect(sameList(choice, { ...choice, kind: null })).toBe(false);
  });

  it('splits typed tags at Latin, Persian and Japanese commas', () => {
    expect(tagsFrom(' export, pdf ،چاپ、印刷 ,, ')).toEqual(['export', 'pdf', 'چاپ', '印刷']);
  });
});
