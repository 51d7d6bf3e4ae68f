/**
 * The outbox's live feed: each mail as it is queued and as its delivery goes on, pushed to the
 * staff who may read it (`outboxMailChanged`), checked again for every delivery with the
 * subscriber's context as it is now.
 */
import { identifyStaff, requireStaff, type AccessContext } from '@deskstream/access';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import type { SubscriptionResolvers } from '@deskstream/graphql-types';
import { OUTBOX_PROJECTION, type MailRecord, type OutboxReadModel } from '@deskstream/outbox-read-models';
import { ROLES_SEEING_MAIL, mayReadMail } from './outbox-access';

export const OUTBOX_MAIL_TOPIC = 'OUTBOX_MAIL';

type Payload = { outboxMailChanged: MailRecord };

interface Topics {
  subscribe(topics: string | readonly string[]): Promise<AsyncIterable<unknown>> | AsyncIterable<unknown>;
}

/** Publishes a copy of each mail the runner changed; returns the function that stops. */
export function outboxFeed(
  runner: Pick<ProjectionRunner, 'onChange'>,
  readModel: OutboxReadModel,
  publish: (mail: MailRecord) => void,
): () => void {
  return runner.onChange((change) => {
    if (change.projection !== OUTBOX_PROJECTION) return;
    const mail = readModel.mail((change.event.data as { mailId: string }).mailId);
    if (mail) publish({ ...mail, purpose: { ...mail.purpose } });
  });
}

const mayStillRead = (context: AccessContext, mail: MailRecord) => {
  const staff = identifyStaff(context);
  return (
    typeof staff === 'object' &&
    staff.roles.some((role) => ROLES_SEEING_MAIL.includes(role)) &&
    mayReadMail(staff, mail)
  );
};

/** Only the mail the subscriber may read reaches them; the transport also checks before each push. */
export function outboxSubscriptionResolvers(): { Subscription: Pick<SubscriptionResolvers, 'outboxMailChanged'> } {
  return {
    Subscription: {
      outboxMailChanged: {
        subscribe: async (_root: unknown, _args: unknown, context: AccessContext) => {
          requireStaff(context, ROLES_SEEING_MAIL);
          const source = (await (context as AccessContext & { pubsub: Topics }).pubsub.subscribe(
            OUTBOX_MAIL_TOPIC,
          )) as AsyncIterable<Payload>;
          const inner = source[Symbol.asyncIterator]();
          const iterator: AsyncIterableIterator<Payload> = {
            async next() {
              for (;;) {
                const step = await inner.next();
                if (step.done || mayStillRead(context, step.value.outboxMailChanged)) return step;
              }
            },
            return: (value?: unknown) =>
              inner.return ? inner.return(value) : Promise.resolve({ done: true as const, value: value as Payload }),
            [Symbol.asyncIterator]: () => iterator,
          };
          return iterator;
        },
        resolve: (payload: Payload) => payload.outboxMailChanged,
        extensions: {
          stillAllowed: (context: Record<string, unknown>, payload: unknown) =>
            mayStillRead(context as AccessContext, (payload as Payload).outboxMailChanged),
        },
      },
    },
  } as unknown as { Subscription: Pick<SubscriptionResolvers, 'outboxMailChanged'> };
}
