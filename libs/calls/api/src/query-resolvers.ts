/** Calls' queries: the Calls page's lists, one call, the callback queue, follow-up lists, the webhook's settings. */
import { CALL_PAGE_SIZE_MAX, toE164 } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type { QueryResolvers } from '@deskstream/graphql-types';
import { callError, requireCallAdmin, requireCallStaff } from './access';
import type { CtiToken } from './cti-token';

export interface QueryDeps {
  readModel: CallsReadModel;
  token: CtiToken;
  now: () => Date;
  phoneCountry: string | null;
  /** The api's public origin for the webhook's address; unset: a path. */
  publicOrigin?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const webhookPath = (token: string) => `/api/v1/cti/${token}`;

export function queryResolvers({ readModel, token, now, phoneCountry, publicOrigin }: QueryDeps) {
  const Query: Pick<QueryResolvers, 'calls' | 'call' | 'callbackQueue' | 'callLists' | 'callList' | 'ctiSettings'> = {
    calls: (_root, { filter }, context) => {
      requireCallStaff(context);
      const first = filter?.first ?? 50;
      if (!Number.isInteger(first) || first < 1 || first > CALL_PAGE_SIZE_MAX)
        throw callError('CALL_PAGE_SIZE_INVALID');
      let after: number | undefined;
      if (filter?.after !== undefined && filter.after !== null) {
        if (!/^\d{1,9}$/.test(filter.after)) throw callError('CALL_CURSOR_INVALID');
        after = Number(filter.after);
      }
      if (filter?.day && !DAY.test(filter.day)) throw callError('CALL_DAY_INVALID');
      const number = filter?.number?.trim() ? (toE164(filter.number, phoneCountry) ?? filter.number.trim()) : undefined;
      const page = readModel.page({
        view: filter?.view ?? 'ALL',
        day: filter?.day ?? undefined,
        direction: filter?.direction ?? undefined,
        outcome: filter?.outcome ?? undefined,
        number,
        first,
        after,
        now: now(),
      });
      return {
        nodes: page.calls,
        pageInfo: {
          endCursor: page.endCursor === null ? null : String(page.endCursor),
          hasNextPage: page.endCursor !== null,
        },
        totalCount: page.totalCount,
      };
    },
    call: (_root, { id }, context) => {
      requireCallStaff(context);
      return readModel.call(id) ?? null;
    },
    callbackQueue: (_root, { includeDone }, context) => {
      requireCallStaff(context);
      return readModel.callbackQueue(includeDone ?? false);
    },
    callLists: (_root, _args, context) => {
      requireCallStaff(context);
      return readModel.callLists();
    },
    callList: (_root, { id }, context) => {
      requireCallStaff(context);
      return readModel.callList(id) ?? null;
    },
    ctiSettings: (_root, _args, context) => {
      requireCallAdmin(context);
      const current = token.current() ?? '';
      return {
        webhookUrl: `${publicOrigin?.replace(/\/+$/, '') ?? ''}${webhookPath(current)}`,
        token: current,
        fromEnvironment: token.fromEnvironment,
      };
    },
  };
  return { Query };
}
