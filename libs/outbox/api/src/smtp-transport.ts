/** Sends through an SMTP server named by a URL (`smtp://user:pass@host:587`, `smtps://…`), with nodemailer. */
import nodemailer, { type Transporter } from 'nodemailer';
import { DEFAULT_FROM, messageOf, type MailTransport } from './transport';

export interface SmtpTransportOptions {
  url: string;
  from?: string;
}

export function smtpTransport(options: SmtpTransportOptions): MailTransport {
  // One kept connection (the sender sends one mail at a time), so no handshake per mail; after a
  // failed attempt it is dropped and the next attempt starts afresh. Timeouts well inside the
  // sender's lease, so a hung server fails the attempt rather than holding it.
  const connect = () =>
    nodemailer.createTransport({
      url: options.url,
      pool: true,
      maxConnections: 1,
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 30_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
  let transporter: Transporter | undefined;
  const from = options.from ?? DEFAULT_FROM;
  return {
    kind: 'SMTP',
    async send(mail) {
      transporter ??= connect();
      try {
        const info = (await transporter.sendMail(messageOf(mail, from))) as { response?: string; accepted?: unknown[] };
        if (Array.isArray(info.accepted) && info.accepted.length === 0)
          throw new Error(`The server accepted no recipient: ${info.response ?? ''}`);
        return { transport: 'SMTP', detail: info.response ?? 'accepted' };
      } catch (error) {
        transporter.close();
        transporter = undefined;
        throw error;
      }
    },
    close: () => transporter?.close(),
  };
}
