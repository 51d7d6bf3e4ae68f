import { describe, expect, it } from 'vitest';
import { ticketRow } from './testing/ticket-fixtures';
import { choiceFromQuery, defaultChoice, filterOf, fitsChoice, placeRow, queryFromChoice } from './ticket-filter';

const viewer = { id: 'agent-1', departmentIds: ['dep-letters'] };
const now = Date.parse('2026-03-21T09:00:00.000Z');

describe('the ticket list’s choice', () => {
  it('lives in the address and comes back from it the same', () => {
    const choice = {
      ...defaultChoice(),
      view: 'OVERDUE' as const,
      statuses: ['OPEN' as const],
      priorities: ['URGENT' as const],
      tags: ['کارت', 'renewal'],
      query: ' تمدید ',
      sort: 'DUE_ASC' as const,
    };
    const query = queryFromChoice(choice);
    expect(query).toEqual({
      view: 'OVERDUE',
      status: 'OPEN',
      priority: 'URGENT',
      tag: 'کارت,renewal',
      q: 'تمدید',
      sort: 'DUE_ASC',
    });
    expect(choiceFromQuery(query)).toEqual({ ...choice, query: 'تمدید' });
    expect(queryFromChoice(defaultChoice())).toEqual({});
  });

  it('ignores what it does not know in the address', () => {
    expect(choiceFromQuery({ view: 'EVERYTHING', status: 'OPEN,LOST', sort: 'RANDOM' })).toEqual({
      ...defaultChoice(),
      statuses: ['OPEN'],
    });
  });

  it('asks the api for a saved view instead of a built-in one', () => {
    const choice = choiceFromQuery({ saved: 'view-7', view: 'MINE' });
    expect(choice.view).toBeNull();
    expect(filterOf(choice)).toEqual({ savedViewId: 'view-7' });
  });
});

describe('a pushed ticket', () => {
  it('fits the views it belongs to', () => {
    const mine = ticketRow();
    const nobodys = ticketRow({ assignee: null });
    const choice = defaultChoice();
    expect(fitsChoice(mine, choice, viewer, now)).toBe(true);
    expect(fitsChoice(nobodys, choice, viewer, now)).toBe(false);
    expect(fitsChoice(nobodys, { ...choice, view: 'UNASSIGNED' }, viewer, now)).toBe(true);
    expect(fitsChoice(ticketRow({ status: 'SOLVED' }), choice, viewer, now)).toBe(false);
    expect(
      fitsChoice(ticketRow({ nextDueAt: '2026-03-21T09:30:00.000Z' }), { ...choice, view: 'DUE_SOON' }, viewer, now),
    ).toBe(true);
    expect(
      fitsChoice(ticketRow({ nextDueAt: '2026-03-21T08:59:00.000Z' }), { ...choice, view: 'OVERDUE' }, viewer, now),
    ).toBe(true);
  });

  it('is placed by the sort, replaced in place, and leaves a view it no longer fits', () => {
    const choice = defaultChoice();
    const older = ticketRow({ id: 'ticket-2', number: 1041, updatedAt: '2026-03-21T07:00:00.000Z' });
    const newer = ticketRow({ id: 'ticket-3', number: 1043, updatedAt: '2026-03-21T08:45:00.000Z' });
    let placed = placeRow([older], newer, choice, viewer, now, false);
    expect(placed.rows.map((row) => row.id)).toEqual(['ticket-3', 'ticket-2']);
    expect(placed.added).toBe(1);
    placed = placeRow(placed.rows, { ...older, subject: 'Renewed' }, choice, viewer, now, false);
    expect(placed.rows[1]!.subject).toBe('Renewed');
    placed = placeRow(placed.rows, { ...newer, assignee: null }, choice, viewer, now, false);
    expect(placed.rows.map((row) => row.id)).toEqual(['ticket-2']);
    expect(placed.added).toBe(-1);
  });

  it('is only counted in a search or a saved view, which the api alone can filter', () => {
    const placed = placeRow([], ticketRow(), { ...defaultChoice(), query: 'card' }, viewer, now, false);
    expect(placed).toEqual({ rows: [], added: 0, elsewhere: true });
  });

  it('waits for "load more" when it sorts after the loaded page', () => {
    const listed = ticketRow({ id: 'ticket-2', updatedAt: '2026-03-21T08:50:00.000Z' });
    const placed = placeRow([listed], ticketRow(), defaultChoice(), viewer, now, true);
    expect(placed.rows.map((row) => row.id)).toEqual(['ticket-2']);
  });
});
