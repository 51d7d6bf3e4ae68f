/** The security log's GraphQL arguments checked and turned into a read-model query. */
import type { QuerySecurityLogArgs } from '@deskstream/graphql-types';
import type { SecurityLogReadModel } from '@deskstream/identity-read-models';
import { identityError } from '../staff-access';

/** The most entries one page holds (a CSV export asks page after page). */
export const MAX_SECURITY_LOG_PAGE = 500;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MAX_FILTER_TEXT = 100;

export function securityLogPage(log: SecurityLogReadModel, args: QuerySecurityLogArgs) {
  const filter = args.filter ?? {};
  const first = args.first ?? 50;
  const offset = args.offset ?? 0;
  const { fromDay, toDay, person, address } = filter;
  const badDay = (day: string | null | undefined) => day != null && (!DAY.test(day) || Number.isNaN(Date.parse(day)));
  if (
    badDay(fromDay) ||
    badDay(toDay) ||
    (fromDay != null && toDay != null && fromDay > toDay) ||
    first < 0 ||
    first > MAX_SECURITY_LOG_PAGE ||
    offset < 0 ||
    (person ?? '').length > MAX_FILTER_TEXT ||
    (address ?? '').length > MAX_FILTER_TEXT
  )
    throw identityError('IDENTITY_SECURITY_LOG_FILTER_INVALID');
  return log.query(filter, offset, first);
}
