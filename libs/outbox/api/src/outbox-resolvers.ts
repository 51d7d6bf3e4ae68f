/** The outbox's queries, typed from the generated schema types: staff list mail and read one, each only the mail they may read. */
import { accessError, requireStaff, userError } from '@deskstream/access';
import type { Resolvers } from '@deskstream/graphql-types';
import { OUTBOX_ERRORS, isListLimit } from '@deskstream/outbox-domain';
import type { OutboxReadModel } from '@deskstream/outbox-read-models';
import { mayReadMail, ROLES_SEEING_MAIL } from './outbox-access';

export function outboxResolvers(readModel: OutboxReadModel) {
  return {
    Query: {
      outboxMails: (_root, args, context) => {
        const staff = requireStaff(context, ROLES_SEEING_MAIL);
        if (!isListLimit(args.limit)) throw userError(OUTBOX_ERRORS, 'OUTBOX_LIMIT_INVALID');
        return readModel.list(args.state ?? undefined, args.limit, (mail) => mayReadMail(staff, mail));
      },
      outboxMail: (_root, args, context) => {
        const staff = requireStaff(context, ROLES_SEEING_MAIL);
        const mail = readModel.mail(args.id);
        if (!mail) return null;
        if (!mayReadMail(staff, mail)) throw accessError('ACCESS_DEPARTMENT_REQUIRED');
        return mail;
      },
    },
  } satisfies Pick<Resolvers, 'Query'>;
}
