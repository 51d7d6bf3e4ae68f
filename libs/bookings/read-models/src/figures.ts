/**
 * Figures for the console: sessions by topic, branch and mode, routed elsewhere, attended and
 * no-shows, per day. Each session counts on its own day in its branch's zone (the day its stream
 * is named after), never on a UTC day by accident; cancelled sessions count only as cancelled.
 */
import type { LocalizedText, SessionMode } from '@deskstream/bookings-domain';
import type { BookingsReadModel } from './read-model';
import type { SessionRecord } from './session-board';

export interface FigureRow {
  key: string;
  name: LocalizedText | null;
  sessions: number;
  attended: number;
  noShows: number;
  routedElsewhere: number;
  cancelled: number;
}

export interface DayFigures {
  day: string;
  sessions: number;
  noShows: number;
  routedElsewhere: number;
}

export interface BookingFigures {
  from: string;
  to: string;
  sessions: number;
  attended: number;
  noShows: number;
  routedElsewhere: number;
  cancelled: number;
  requestsWaiting: number;
  byTopic: FigureRow[];
  byBranch: FigureRow[];
  byMode: FigureRow[];
  byDay: DayFigures[];
}

const emptyRow = (key: string, name: LocalizedText | null): FigureRow => ({
  key,
  name,
  sessions: 0,
  attended: 0,
  noShows: 0,
  routedElsewhere: 0,
  cancelled: 0,
});

function count(
  row: { sessions: number; noShows: number; routedElsewhere: number } & Partial<FigureRow>,
  session: SessionRecord,
) {
  if (session.status === 'CANCELLED') {
    if (row.cancelled !== undefined) row.cancelled++;
    return;
  }
  row.sessions++;
  if (session.status === 'ATTENDED' && row.attended !== undefined) row.attended++;
  if (session.status === 'NO_SHOW') row.noShows++;
  if (session.routedReason) row.routedElsewhere++;
}

/** Figures for sessions whose day (in their branch's zone) is from `from` to `to`, both included. */
export function bookingFigures(readModel: BookingsReadModel, from: string, to: string): BookingFigures {
  const { directory, board } = readModel;
  const total = emptyRow('all', null);
  const byTopic = new Map<string, FigureRow>();
  const byBranch = new Map<string, FigureRow>();
  const byMode = new Map<SessionMode, FigureRow>();
  const byDay = new Map<string, DayFigures>();
  for (const session of board.sessions.values()) {
    if (session.day < from || session.day > to) continue;
    const rows = [
      total,
      row(byTopic, session.topicId, directory.topics.get(session.topicId)?.name ?? null),
      row(byBranch, session.branchId, directory.branches.get(session.branchId)?.name ?? null),
      row(byMode, session.mode, null),
    ];
    for (const figure of rows) count(figure, session);
    if (session.status !== 'CANCELLED') {
      const day = byDay.get(session.day) ?? { day: session.day, sessions: 0, noShows: 0, routedElsewhere: 0 };
      count(day, session);
      byDay.set(session.day, day);
    }
  }
  const sorted = (rows: Map<string, FigureRow>) =>
    [...rows.values()].sort((a, b) => b.sessions - a.sessions || a.key.localeCompare(b.key));
  return {
    from,
    to,
    sessions: total.sessions,
    attended: total.attended,
    noShows: total.noShows,
    routedElsewhere: total.routedElsewhere,
    cancelled: total.cancelled,
    requestsWaiting: [...board.requests.values()].filter((r) => r.status === 'WAITING' || r.status === 'PICKED_UP')
      .length,
    byTopic: sorted(byTopic),
    byBranch: sorted(byBranch),
    byMode: sorted(byMode),
    byDay: [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day)),
  };
}

function row<K extends string>(rows: Map<K, FigureRow>, key: K, name: LocalizedText | null): FigureRow {
  let found = rows.get(key);
  if (!found) {
    found = emptyRow(key, name);
    rows.set(key, found);
  }
  return found;
}
