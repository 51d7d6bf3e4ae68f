/**
 * The inbound mail load: real SMTP (nodemailer, a pool of connections) to the api's listener at
 * a fixed rate, open-loop (each mail leaves at its scheduled moment, however slow the desk is),
 * most of them new conversations and some replies (In-Reply-To the earlier mail, from its
 * sender), while a supervisor's graphql-ws subscription (`ticketsChanged`, what the console's
 * lists follow) watches. Measured per mail: from the start of its SMTP transaction to the
 * subscription showing its ticket (opened, or updated for a reply), and to the listener's 250.
 */
import { randomUUID } from 'node:crypto';
import nodemailer, { type SendMailOptions } from 'nodemailer';
import { Participant } from '../chat/graphql-client';
import { latencySummary, nowMs, round } from '../stats';

export interface MailLoadOptions {
  address: string;
  smtpPort: number;
  token: string;
  ratePerSecond: number;
  warmUpSeconds: number;
  seconds: number;
  /** Share of mails that answer an earlier one. */
  replyShare: number;
  senders: number;
  drainSeconds: number;
}

interface Sent {
  startedAt: number;
  measured: boolean;
  visibleAt?: number;
  acceptedAt?: number;
}

export interface MailLoadResult {
  sent: { total: number; measured: number; newConversations: number; replies: number };
  mailToVisibleMs: ReturnType<typeof latencySummary> & { p95: number; max: number };
  newToVisibleMs: ReturnType<typeof latencySummary>;
  replyToVisibleMs: ReturnType<typeof latencySummary>;
  smtpAcceptedMs: ReturnType<typeof latencySummary>;
  missing: number;
  errors: Record<string, number>;
  achievedRatePerSecond: number;
}

const SUBSCRIPTION = 'subscription { ticketsChanged { kind ticket { id number subject } } }';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

export async function runMailLoad(options: MailLoadOptions): Promise<MailLoadResult> {
  const run = randomUUID().slice(0, 8);
  const watcher = new Participant({
    address: options.address,
    localAddress: '127.0.0.1',
    maxSockets: 2,
    token: options.token,
  });
  const bySubject = new Map<string, Sent>();
  const replyWaiting = new Map<string, Sent>();
  const ticketOfSubject = new Map<string, string>();
  const client = await watcher.connect(() => undefined);
  client.subscribe<{ ticketsChanged: { kind: string; ticket: { id: string; subject: string } } }>(
    { query: SUBSCRIPTION },
    {
      next: ({ data }) => {
        const change = data?.ticketsChanged;
        if (!change) return;
        const at = nowMs();
        const opened = bySubject.get(change.ticket.subject);
        if (change.kind === 'OPENED' && opened && opened.visibleAt === undefined) {
          opened.visibleAt = at;
          ticketOfSubject.set(change.ticket.subject, change.ticket.id);
        }
        const reply = replyWaiting.get(change.ticket.id);
        if (change.kind === 'UPDATED' && reply && reply.visibleAt === undefined) reply.visibleAt = at;
      },
      error: () => undefined,
      complete: () => undefined,
    },
  );
  await sleep(500);

  const transport = nodemailer.createTransport({
    host: '127.0.0.1',
    port: options.smtpPort,
    secure: false,
    ignoreTLS: true,
    pool: true,
    maxConnections: 10,
    maxMessages: Infinity,
  });
  const errors: Record<string, number> = {};
  const all: Sent[] = [];
  const newOnes: Sent[] = [];
  const replies: Sent[] = [];
  const repliable: { subject: string; messageId: string; from: string }[] = [];
  const sends: Promise<void>[] = [];
  const total = Math.round(options.ratePerSecond * (options.warmUpSeconds + options.seconds));
  const warmUp = Math.round(options.ratePerSecond * options.warmUpSeconds);
  const started = nowMs();

  for (let i = 0; i < total; i++) {
    await sleep(started + (i * 1000) / options.ratePerSecond - nowMs());
    const measured = i >= warmUp;
    const earlier = repliable.find((each) => ticketOfSubject.has(each.subject));
    const asReply = earlier !== undefined && i % Math.round(1 / options.replyShare) === 0;
    const sent: Sent = { startedAt: nowMs(), measured };
    all.push(sent);
    let mail: SendMailOptions;
    if (asReply) {
      repliable.splice(repliable.indexOf(earlier), 1);
      replyWaiting.set(ticketOfSubject.get(earlier.subject)!, sent);
      replies.push(sent);
      mail = {
        from: earlier.from,
        to: 'help@deskstream.localhost',
        subject: `Re: ${earlier.subject}`,
        text: 'Any news about this? Thank you.',
        messageId: `<bench-${run}-${i}@load.example>`,
        inReplyTo: earlier.messageId,
        references: [earlier.messageId],
      };
    } else {
      const subject = `Bench mail ${run} ${i}`;
      const from = `reader-${i % options.senders}@load.example`;
      const messageId = `<bench-${run}-${i}@load.example>`;
      bySubject.set(subject, sent);
      newOnes.push(sent);
      repliable.push({ subject, messageId, from });
      mail = {
        from,
        to: i % 3 === 0 ? 'unknown@deskstream.localhost' : 'help@deskstream.localhost',
        subject,
        text: `A question from the benchmark, number ${i}: where is the book I ordered?`,
        messageId,
      };
    }
    sends.push(
      transport.sendMail(mail).then(
        () => void (sent.acceptedAt = nowMs()),
        (error: { responseCode?: number; code?: string }) => {
          const key = String(error.responseCode ?? error.code ?? 'ERROR');
          errors[key] = (errors[key] ?? 0) + 1;
        },
      ),
    );
  }
  const lastSentAt = nowMs();
  await Promise.all(sends);
  const drainUntil = nowMs() + options.drainSeconds * 1000;
  while (all.some((sent) => sent.acceptedAt !== undefined && sent.visibleAt === undefined) && nowMs() < drainUntil) {
    await sleep(100);
  }
  transport.close();
  client.dispose();
  watcher.close();

  const measured = (list: Sent[]) => list.filter((sent) => sent.measured);
  const toVisible = (list: Sent[]) =>
    measured(list)
      .filter((sent) => sent.visibleAt !== undefined)
      .map((sent) => sent.visibleAt! - sent.startedAt);
  const visible = toVisible(all).sort((a, b) => a - b);
  const summary = latencySummary(visible);
  return {
    sent: { total, measured: measured(all).length, newConversations: newOnes.length, replies: replies.length },
    mailToVisibleMs: {
      ...summary,
      p95: round(visible[Math.max(0, Math.ceil(0.95 * visible.length) - 1)] ?? NaN),
      max: round(visible.at(-1) ?? NaN),
    },
    newToVisibleMs: latencySummary(toVisible(newOnes)),
    replyToVisibleMs: latencySummary(toVisible(replies)),
    smtpAcceptedMs: latencySummary(
      measured(all)
        .filter((sent) => sent.acceptedAt !== undefined)
        .map((sent) => sent.acceptedAt! - sent.startedAt),
    ),
    missing: measured(all).filter((sent) => sent.visibleAt === undefined).length,
    errors,
    achievedRatePerSecond: round(total / ((lastSentAt - started) / 1000), 2),
  };
}
