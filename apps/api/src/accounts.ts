/**
 * Patron and customer accounts in the api: the read model joins the api's one runner, the GraphQL
 * module (and the library system's import route) registers after Mercurius, and ports connect
 * accounts to the rest without any context importing another: the outbox to mail through and to
 * read delivery states from, Book a Librarian's branches as pick-up places, and each context's
 * requests found by the holder's email or phone (chats and offline questions, tickets, bookings).
 * Personal data is sealed with a key per person kept in PERSONAL_KEYS_DIR (default
 * `<DATA_DIR>/personal-keys`; in memory when the api has no data folder, as in most tests).
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ACCOUNT_KINDS, type AccountKind } from '@deskstream/accounts-domain';
import {
  accountsGraphql,
  type AccountPorts,
  type AccountsModuleOptions,
  type MyRequestItem,
} from '@deskstream/accounts-api';
import { AccountsReadModel, accountsProjection } from '@deskstream/accounts-read-models';
import type { BookingsReadModel } from '@deskstream/bookings-read-models';
import { toE164 } from '@deskstream/calls-domain';
import type { CallsReadModel } from '@deskstream/calls-read-models';
import type { ChatReadModel } from '@deskstream/chat-read-models';
import type { CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import { Mailbox, OutboxCommands } from '@deskstream/outbox-api';
import type { OutboxReadModel, MailRecord } from '@deskstream/outbox-read-models';
import { OUTBOX_EVENT_TYPES, type MailEvent } from '@deskstream/outbox-domain';
import { FileKeyStore, MemoryKeyStore, PersonalDataVault, type KeyStore } from '@deskstream/personal-data';
import type { TicketsReadModel } from '@deskstream/tickets-read-models';
import { seedAccounts, type AccountsSeedReport } from './accounts-seed';
import { callsSettingsFrom } from './calls';

export interface AccountsOptions extends Partial<
  Pick<
    AccountsModuleOptions,
    'now' | 'floodLimits' | 'maxFailures' | 'kinds' | 'importToken' | 'clockIntervalMs' | 'hashing' | 'verify'
  >
> {
  /** Where the per-person keys live; default PERSONAL_KEYS_DIR, else `<dataDir>/personal-keys`, else memory. */
  keyStore?: KeyStore;
  dataDir?: string;
  publicOrigin?: string;
}

type Deps = {
  store: CommandStore;
  runner: Pick<ProjectionRunner, 'waitFor' | 'waitUntilCaughtUp'>;
  outbox: OutboxReadModel;
  chats: ChatReadModel;
  tickets: TicketsReadModel;
  bookings: BookingsReadModel;
  /** Calls, found by the holder's phone (in E.164 with DESK_PHONE_COUNTRY for national numbers). */
  calls?: CallsReadModel;
};

export interface AccountsSlice {
  readModel: AccountsReadModel;
  projections: Projection[];
  register(app: FastifyInstance, deps: Deps): Promise<void>;
  /** Seeds the demo patron and customer (after the staff, the bookings and the tickets). */
  seed(app: FastifyInstance, deps: Deps, now: () => Date): Promise<AccountsSeedReport>;
}

/** The settings from the environment: LIBRARY_SYSTEM_TOKEN, PERSONAL_KEYS_DIR, ACCOUNT_SIGN_IN. */
export function accountSettingsFrom(env: NodeJS.ProcessEnv): {
  importToken?: string;
  keysDir?: string;
  kinds?: AccountKind[];
} {
  const text = (name: string) => env[name]?.trim() || undefined;
  const signIn = text('ACCOUNT_SIGN_IN');
  const kinds = signIn
    ?.split(',')
    .map((each) => ({ card: 'PATRON', email: 'CUSTOMER' })[each.trim().toLowerCase()] as AccountKind | undefined);
  if (kinds && (kinds.length === 0 || kinds.some((kind) => kind === undefined || !ACCOUNT_KINDS.includes(kind))))
    throw new Error(`ACCOUNT_SIGN_IN must be card, email or card,email (got "${signIn}")`);
  const importToken = text('LIBRARY_SYSTEM_TOKEN');
  if (importToken !== undefined && importToken.length < 24)
    throw new Error('LIBRARY_SYSTEM_TOKEN must be at least 24 characters');
  return { importToken, keysDir: text('PERSONAL_KEYS_DIR'), kinds: kinds as AccountKind[] | undefined };
}

/**
 * Every mail's id by its recipient (lower case), so a holder's notices are found without walking
 * the whole outbox: a projection of the outbox's published events, kept beside the accounts.
 */
export class MailsByRecipient {
  private readonly ids = new Map<string, string[]>();

  projection(): Projection<MailEvent> {
    return {
      name: 'accounts-mail-recipients',
      handles: OUTBOX_EVENT_TYPES,
      apply: (event) => {
        if (event.type !== 'MailQueued') return false;
        const key = event.data.to.trim().toLowerCase();
        const list = this.ids.get(key);
        if (list) list.push(event.data.mailId);
        else this.ids.set(key, [event.data.mailId]);
        return true;
      },
    };
  }

  of(email: string): readonly string[] {
    return this.ids.get(email.trim().toLowerCase()) ?? [];
  }
}

const mailStatusOf = (mail: MailRecord) => ({
  id: mail.id,
  subject: mail.subject,
  purposeKind: mail.purpose.kind,
  state: mail.state,
  queuedAt: mail.queuedAt,
  sentAt: mail.sentAt,
  lastError: mail.lastError,
});

/** The ports to the outbox, the branches and the other contexts' requests. */
export function accountPorts(deps: Deps, mailbox: Mailbox, recipients: MailsByRecipient): AccountPorts {
  const { outbox, chats, tickets, bookings, calls } = deps;
  const phoneCountry = callsSettingsFrom(process.env).phoneCountry;
  const lower = (value: string | null) => value?.trim().toLowerCase() ?? null;
  const digits = (value: string | null) => value?.replace(/\D/g, '').replace(/^0+/, '') ?? '';
  return {
    mailbox: {
      async queue(mail, commandId, actor) {
        const outcome = await mailbox.queue(mail, commandId, actor);
        return outcome.ok ? { ok: true } : { ok: false, message: outcome.error.message };
      },
    },
    mailStatus: {
      mail: (id) => {
        const mail = outbox.mail(id);
        return mail && mailStatusOf(mail);
      },
      mailsTo: (email) =>
        recipients
          .of(email)
          .map((id) => outbox.mail(id))
          .filter((mail) => mail !== undefined)
          .map(mailStatusOf)
          .sort((a, b) => b.queuedAt.localeCompare(a.queuedAt))
          .slice(0, 200),
    },
    pickUpPlaces: () => [...bookings.directory.branches.values()].map(({ id, name }) => ({ id, name })),
    requests: {
      CHAT: ({ email }) =>
        email === null
          ? []
          : chats.historyFor(email).chats.map((chat): MyRequestItem => ({
              id: chat.id,
              kind: 'CHAT',
              title: chat.firstWords,
              state: chat.status,
              at: chat.requestedAt,
              reference: null,
            })),
      OFFLINE_QUESTION: ({ email }) =>
        email === null
          ? []
          : chats.historyFor(email).questions.map((question): MyRequestItem => ({
              id: question.id,
              kind: 'OFFLINE_QUESTION',
              title: question.firstWords,
              state: question.status,
              at: question.askedAt,
              reference: null,
            })),
      TICKET: ({ email }) =>
        email === null
          ? []
          : tickets
              .searchTickets(email, (ticket) => lower(ticket.requester.email) === lower(email))
              .map((ticket) => ({
                id: ticket.id,
                kind: 'TICKET',
                title: ticket.subject,
                state: ticket.status,
                at: ticket.openedAt,
                reference: String(ticket.number),
              })),
      CALL: ({ phone }) =>
        phone === null || !calls
          ? []
          : calls
              .page({ view: 'ALL', number: toE164(phone, phoneCountry) ?? phone, first: 50, now: new Date() })
              .calls.map((call) => ({
                id: call.id,
                kind: 'CALL',
                title: call.wrapUp?.topic ?? (call.direction === 'IN' ? 'Call to the desk' : 'Call from the desk'),
                state: call.wrapUp?.outcome ?? call.endOutcome ?? call.state,
                at: call.startedAt,
                reference: null,
              })),
      BOOKING: ({ email, phone }) =>
        [...bookings.board.sessions.values()]
          .filter(
            (session) =>
              (email !== null && lower(session.patron.email) === lower(email)) ||
              (phone !== null && session.patron.phone !== null && digits(session.patron.phone).endsWith(digits(phone))),
          )
          .map((session) => ({
            id: session.id,
            kind: 'BOOKING',
            title: bookings.directory.topics.get(session.topicId)?.name.en ?? session.topicId,
            state: session.status,
            at: session.startsAt,
            reference: null,
          })),
    },
  };
}

export function accounts(options: AccountsOptions = {}): AccountsSlice {
  const readModel = new AccountsReadModel();
  const recipients = new MailsByRecipient();
  const settings = accountSettingsFrom(process.env);
  const keyStore =
    options.keyStore ??
    (settings.keysDir
      ? new FileKeyStore(settings.keysDir)
      : options.dataDir
        ? new FileKeyStore(join(options.dataDir, 'personal-keys'))
        : new MemoryKeyStore());
  let vault: PersonalDataVault | undefined;
  return {
    readModel,
    projections: [accountsProjection(readModel), recipients.projection()] as Projection[],
    async register(app, deps) {
      vault = await PersonalDataVault.open(keyStore);
      const mailbox = new Mailbox(new OutboxCommands(deps.store, deps.runner), options.now);
      await app.register(accountsGraphql, {
        store: deps.store,
        runner: deps.runner,
        readModel,
        vault,
        ports: accountPorts(deps, mailbox, recipients),
        importToken: settings.importToken,
        kinds: settings.kinds,
        ...options,
      });
    },
    seed: (app, deps, now) => seedAccounts(app, { ...deps, readModel, vault: vault! }, now),
  };
}
