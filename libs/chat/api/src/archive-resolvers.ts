/**
 * The archive of chats for staff: search and filters over every chat the caller may read (their
 * departments', the ones handed to them; all for supervisors and admins), newest first, a page
 * at a time; and the desk's calendar (its time zone and today there).
 */
import { requireStaff } from '@deskstream/access';
import type { QueryResolvers } from '@deskstream/graphql-types';
import { dayIn } from '@deskstream/chat-read-models';
import { RATING_MAX, RATING_MIN } from '@deskstream/chat-domain';
import { ROLES_FOR, chatError, staffMaySee } from './chat-access';
import type { ChatModuleDeps } from './module-deps';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ARCHIVE_PAGE_MAX = 100;
const ARCHIVE_TEXT_MAX = 200;

export function archiveResolvers(deps: ChatModuleDeps): {
  Query: Pick<QueryResolvers, 'chatArchive' | 'deskCalendar'>;
} {
  const { readModel, now } = deps;
  return {
    Query: {
      chatArchive: (_root, args, context) => {
        const staff = requireStaff(context, ROLES_FOR.readChats);
        const filter = args.filter ?? {};
        const offset = args.offset ?? 0;
        const limit = args.limit ?? 25;
        const badDay = (day: string | null | undefined) => day != null && !DAY.test(day);
        const badRating =
          filter.rating != null &&
          (!Number.isInteger(filter.rating) || filter.rating < RATING_MIN || filter.rating > RATING_MAX);
        if (
          offset < 0 ||
          limit < 1 ||
          limit > ARCHIVE_PAGE_MAX ||
          badDay(filter.from) ||
          badDay(filter.to) ||
          badRating ||
          (filter.text ?? '').length > ARCHIVE_TEXT_MAX
        ) {
          throw chatError('CHAT_ARCHIVE_FILTER_INVALID');
        }
        const found = readModel.archive.search(filter, offset, limit, (chat) => staffMaySee(staff, chat));
        return {
          total: found.total,
          hits: found.hits,
          nextOffset: offset + found.hits.length < found.total ? offset + found.hits.length : null,
        };
      },
      deskCalendar: (_root, _args, context) => {
        requireStaff(context, ROLES_FOR.readChats);
        return { timeZone: readModel.daily.timeZone, today: dayIn(now().toISOString(), readModel.daily.timeZone) };
      },
    },
  };
}
