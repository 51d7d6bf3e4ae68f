import { outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { ref } from 'vue';
import {
  ReassignBookingSessionMutation,
  RecordBookingAttendanceMutation,
  SetBookingVideoLinkMutation,
} from '../api/bookings-operations';
import { useBookingCalendarStore, type Session } from './booking-calendar-store';
import { createCommandIds } from './booking-commands';

export type SessionAction = 'attended' | 'no-show' | 'video-link' | 'reassign';

/**
 * What a librarian does to one session from the calendar: record attended or no-show, set the
 * video link of a video session, reassign it to another expert at the same time. Each answer
 * replaces the session in the calendar; a refusal is kept to be shown by its reason.
 */
export function useBookingSessionActions() {
  const connection = useGraphqlConnection();
  const calendar = useBookingCalendarStore();
  const busy = ref<SessionAction | null>(null);
  const failure = ref<Failure | null>(null);
  const done = ref<SessionAction | null>(null);
  const commands = createCommandIds();

  async function run(
    action: SessionAction,
    content: string,
    send: (commandId: string) => Promise<{ ok: true; data: Session } | ({ ok: false } & Failure)>,
  ): Promise<boolean> {
    if (busy.value) return false;
    busy.value = action;
    failure.value = null;
    done.value = null;
    const outcome = await send(commands.idFor(`${action}|${content}`));
    busy.value = null;
    if (outcome.ok) {
      calendar.replace(outcome.data);
      done.value = action;
      commands.settled(null);
      return true;
    }
    failure.value = { code: outcome.code, reason: outcome.reason };
    commands.settled(failure.value);
    return false;
  }

  const recordAttendance = (session: Session, attended: boolean) =>
    run(attended ? 'attended' : 'no-show', session.id, async (commandId) => {
      const outcome = await outcomeOf(
        connection.client
          .mutation(RecordBookingAttendanceMutation, { id: session.id, attended, commandId })
          .toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.recordBookingAttendance } : outcome;
    });

  const setVideoLink = (session: Session, videoLink: string) =>
    run('video-link', `${session.id}|${videoLink}`, async (commandId) => {
      const outcome = await outcomeOf(
        connection.client.mutation(SetBookingVideoLinkMutation, { id: session.id, videoLink, commandId }).toPromise(),
      );
      return outcome.ok ? { ok: true, data: outcome.data.setBookingVideoLink } : outcome;
    });

  const reassign = (session: Session, expertId: string) =>
    run('reassign', `${session.id}|${expertId}`, async (commandId) => {
      const outcome = await outcomeOf(
        connection.client
          .mutation(ReassignBookingSessionMutation, { id: session.id, expertId, startsAt: null, commandId })
          .toPromise(),
      );
      if (!outcome.ok) return outcome;
      // The session moved: its old entry is gone from the expert's day, the new one has a new id.
      void calendar.loadSessions();
      calendar.selectedId = outcome.data.reassignBookingSession.id;
      return { ok: true, data: outcome.data.reassignBookingSession };
    });

  return { busy, failure, done, recordAttendance, setVideoLink, reassign };
}
