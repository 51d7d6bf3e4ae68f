/**
 * The staff board's live feed: after the runner applied events that changed sessions or requests,
 * one `bookingBoardChanged` is published with the board's version (a burst is coalesced); the
 * console queries its calendar and requests again.
 */
import type { MercuriusContext } from 'mercurius';
import type { AccessContext } from '@deskstream/access';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import { BOOKINGS_PROJECTION, type BookingsReadModel } from '@deskstream/bookings-read-models';
import { requireBookingStaff } from './access';

export const BOOKING_BOARD_CHANGED = 'BOOKINGS_BOARD_CHANGED';

/** Starts publishing; returns the function that stops. */
export function boardFeed(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: BookingsReadModel,
  publish: (payload: { bookingBoardChanged: { version: number } }) => void,
): () => void {
  let published = readModel.board.version;
  let scheduled: ReturnType<typeof setImmediate> | undefined;
  const flush = () => {
    scheduled = undefined;
    if (readModel.board.version === published) return;
    published = readModel.board.version;
    publish({ bookingBoardChanged: { version: published } });
  };
  const stopListening = runner.onChange((change) => {
    if (change.projection !== BOOKINGS_PROJECTION || readModel.board.version === published || scheduled) return;
    scheduled = setImmediate(flush);
  });
  return () => {
    stopListening();
    if (scheduled) clearImmediate(scheduled);
  };
}

export const boardSubscription = {
  bookingBoardChanged: {
    subscribe: async (_root: unknown, _args: unknown, context: MercuriusContext & AccessContext) => {
      requireBookingStaff(context);
      return context.pubsub.subscribe(BOOKING_BOARD_CHANGED);
    },
    // Every member of staff sees the same change: executed and serialised once per push.
    extensions: { sharedPush: true },
  },
};
