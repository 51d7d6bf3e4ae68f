import { describe, expect, it } from 'vitest';
import { errorTable, namingProblem } from './errors';

describe('error tables', () => {
  const table = errorTable('DESK', {
    DESK_CLOSED: { code: 'CONFLICT', message: 'The desk is closed.' },
    DESK_ITEM_NOT_FOUND: { code: 'NOT_FOUND', message: 'There is no such item.' },
  });

  it('make rejections with the stable reason and its message', () => {
    expect(table.reject('DESK_CLOSED')).toEqual({ code: 'DESK_CLOSED', message: 'The desk is closed.' });
  });

  it('know their own reasons only', () => {
    expect(table.entryOf('DESK_ITEM_NOT_FOUND')?.code).toBe('NOT_FOUND');
    expect(table.entryOf('CONFLICT')).toBeUndefined();
    expect(table.entryOf('toString')).toBeUndefined();
  });

  it('refuse a reason that breaks the naming rule', () => {
    expect(() => errorTable('KB', { KB_TOO_MANY_REQUESTS: { code: 'RATE_LIMITED', message: 'Slow down.' } })).toThrow(
      /_RATE_LIMITED/,
    );
    expect(namingProblem('KB', 'KB_ARTICLE_MISSING', 'NOT_FOUND')).toMatch(/_NOT_FOUND/);
    expect(namingProblem('KB', 'CHAT_CLOSED', 'CONFLICT')).toMatch(/start with KB_/);
    expect(namingProblem('KB', 'KB_lower', 'CONFLICT')).toMatch(/capitals/);
    expect(namingProblem('KB', 'KB_RATE_LIMITED', 'RATE_LIMITED')).toBeNull();
  });
});
