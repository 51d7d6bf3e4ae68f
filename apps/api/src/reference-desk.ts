/**
 * The reference desk in the api: chat (live chats, offline questions) and the outbox that
 * mails the answers. Their read models and projections join the api's one runner; their
 * GraphQL modules register after Mercurius. Chat queues mail through a port connected here, so
 * neither context imports the other. Mail goes to SMTP_URL when set, otherwise into `.eml`
 * files under `<DATA_DIR>/outbox/`; with neither (most tests) mails are queued and not sent.
 */
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Broadcast, CommandStore, Projection, ProjectionRunner } from '@deskstream/event-sourcing';
import {
  MAIL_LOCALES,
  chatGraphql,
  isMailLocale,
  type AnswerMailbox,
  type DeskMailSettings,
  type FloodLimits,
  type TypingIndication,
} from '@deskstream/chat-api';
import {
  chatProjection,
  createReferenceDeskReadModels,
  deskDirectoryProjection,
  type ChatReadModel,
} from '@deskstream/chat-read-models';
import {
  Mailbox,
  OutboxCommands,
  emlTransport,
  outboxGraphql,
  smtpTransport,
  type MailTransport,
} from '@deskstream/outbox-api';
import type { RetryPolicy } from '@deskstream/outbox-domain';
import { OutboxReadModel, outboxProjection } from '@deskstream/outbox-read-models';

export interface ReferenceDeskOptions {
  mail?: {
    /** `smtp://user:pass@host:587`; unset writes `.eml` files under `dataDir`. */
    smtpUrl?: string;
    dataDir?: string;
    from?: string;
    retry?: RetryPolicy;
  };
  floodLimits?: FloodLimits;
  now?: () => Date;
  /**
   * The organisation's time zone (an IANA name such as Asia/Tehran), in which the desk's days and
   * figures count. Default: DESK_TIME_ZONE from the environment, else UTC.
   */
  timeZone?: string;
  /**
   * How long a waiting chat's visitor may have no live connection before the chat is abandoned.
   * Default: CHAT_VISITOR_GONE_AFTER_SECONDS from the environment, else 2 minutes.
   */
  visitorGoneAfterMs?: number;
  /** The desk's language and the library's name in its mail. Default: DESK_LANGUAGE and DESK_LIBRARY_NAME, else English and "the Library". */
  mailWording?: DeskMailSettings;
}

/** The desk's settings from the environment, checked: a wrong value stops the start with a clear message. */
export function deskSettingsFrom(
  env: NodeJS.ProcessEnv,
): Pick<ReferenceDeskOptions, 'timeZone' | 'visitorGoneAfterMs' | 'mailWording'> {
  const timeZone = env.DESK_TIME_ZONE?.trim() || undefined;
  if (timeZone !== undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
    } catch {
      throw new Error(
        `DESK_TIME_ZONE must be a time zone name such as Asia/Tehran or Europe/Berlin (got "${timeZone}")`,
      );
    }
  }
  const rawGone = env.CHAT_VISITOR_GONE_AFTER_SECONDS?.trim() || undefined;
  if (rawGone !== undefined && (!/^\d+$/.test(rawGone) || Number(rawGone) < 10 || Number(rawGone) > 86_400)) {
    throw new Error(
      `CHAT_VISITOR_GONE_AFTER_SECONDS must be a whole number of seconds from 10 to 86400, such as 120 (got "${rawGone}")`,
    );
  }
  const language = env.DESK_LANGUAGE?.trim() || 'en';
  if (!isMailLocale(language))
    throw new Error(`DESK_LANGUAGE must be one of ${MAIL_LOCALES.join(', ')} (got "${language}")`);
  const libraryName = env.DESK_LIBRARY_NAME?.trim() || undefined;
  return {
    timeZone,
    visitorGoneAfterMs: rawGone === undefined ? undefined : Number(rawGone) * 1000,
    mailWording: { locale: language, libraryName: libraryName === undefined ? undefined : { [language]: libraryName } },
  };
}

export interface ReferenceDesk {
  projections: Projection[];
  /** The outbox's mails and their states (for metrics). */
  outbox: OutboxReadModel;
  /** Chats and offline questions (tickets are made from them through a port). */
  chats: ChatReadModel;
  register(
    app: FastifyInstance,
    deps: {
      store: CommandStore;
      runner: Pick<ProjectionRunner, 'waitFor' | 'onChange' | 'waitUntilCaughtUp'>;
      /** Typing indications to every api process on the store (default: this process only). */
      typing?: Broadcast<TypingIndication>;
    },
  ): Promise<void>;
}

function mailTransport(mail: ReferenceDeskOptions['mail']): MailTransport | undefined {
  if (mail?.smtpUrl) return smtpTransport({ url: mail.smtpUrl, from: mail.from });
  if (mail?.dataDir) return emlTransport({ directory: join(mail.dataDir, 'outbox'), from: mail.from });
  return undefined;
}

export function referenceDesk(given: ReferenceDeskOptions = {}): ReferenceDesk {
  const options = { ...deskSettingsFrom(process.env), ...definedOnly(given) };
  const { chats, directory } = createReferenceDeskReadModels({ timeZone: options.timeZone });
  const outbox = new OutboxReadModel();
  return {
    projections: [deskDirectoryProjection(directory), chatProjection(chats), outboxProjection(outbox)] as Projection[],
    outbox,
    chats,
    async register(app, { store, runner, typing }) {
      const mailbox = new Mailbox(new OutboxCommands(store, runner), options.now, options.mail?.retry?.maxAttempts);
      const answerMailbox: AnswerMailbox = {
        async queue(mail, commandId, actor) {
          const outcome = await mailbox.queue(mail, commandId, actor);
          if (outcome.ok) return { ok: true };
          return { ok: false, exists: outcome.error.code === 'OUTBOX_MAIL_EXISTS', message: outcome.error.message };
        },
      };
      await app.register(outboxGraphql, {
        store,
        runner,
        readModel: outbox,
        transport: mailTransport(options.mail),
        retry: options.mail?.retry,
        now: options.now,
      });
      await app.register(chatGraphql, {
        store,
        runner,
        readModel: chats,
        directory,
        mailbox: answerMailbox,
        now: options.now,
        floodLimits: options.floodLimits,
        visitorGoneAfterMs: options.visitorGoneAfterMs,
        mail: options.mailWording,
        typing,
      });
    },
  };
}

const definedOnly = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, each]) => each !== undefined)) as Partial<T>;
