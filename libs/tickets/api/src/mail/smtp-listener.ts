/**
 * The SMTP listener (`smtp-server`): takes mail for the desk's inbound addresses and hands each
 * message to the inbound pipeline. The size limit is announced (SIZE) and enforced while the
 * message streams in — an oversize message is refused with 552 and never buffered whole. A
 * refusal of the pipeline (unusable sender, files over the limits) is answered 550/552, so the
 * sending server bounces it to its sender; a failure of the desk itself is 451, so it tries again.
 */
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { INBOUND_MAIL_LIMITS } from '@deskstream/tickets-domain';
import type { InboundResult, InboundSource, Envelope } from './inbound-ports';

export interface MailReceiver {
  receive(raw: Buffer, envelope: Envelope, source: InboundSource): Promise<InboundResult>;
}

export interface SmtpListenerOptions {
  receiver: MailReceiver;
  port: number;
  host: string;
  /** The name the server greets with. */
  name?: string;
  maxMessageBytes?: number;
  onError?: (error: unknown) => void;
}

export interface SmtpListener {
  port: number;
  close(): Promise<void>;
}

type SmtpError = Error & { responseCode: number };
const smtpError = (responseCode: number, message: string): SmtpError =>
  Object.assign(new Error(message), { responseCode });

function envelopeOf(session: SMTPServerSession): Envelope {
  const mailFrom = session.envelope.mailFrom;
  return {
    from: mailFrom ? mailFrom.address.toLowerCase() : '',
    to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
  };
}

export async function startSmtpListener(options: SmtpListenerOptions): Promise<SmtpListener> {
  const maxBytes = options.maxMessageBytes ?? INBOUND_MAIL_LIMITS.maxMessageBytes;
  const megabytes = Math.round((maxBytes / (1024 * 1024)) * 10) / 10;

  async function deliver(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      // Past the limit the rest is read and dropped: the message is refused at its end.
      if (size <= maxBytes) chunks.push(chunk);
    }
    if (stream.sizeExceeded || size > maxBytes) {
      throw smtpError(552, `5.3.4 Message too big: at most ${megabytes} MB, attachments included.`);
    }
    const result = await options.receiver.receive(Buffer.concat(chunks), envelopeOf(session), 'smtp');
    if (result.kind === 'REFUSED') {
      throw smtpError(result.smtpCode, `${result.smtpCode === 552 ? '5.3.4' : '5.6.0'} ${result.message}`);
    }
    return result.kind === 'DUPLICATE' ? 'Already received, thank you' : 'Received, thank you';
  }

  const server = new SMTPServer({
    name: options.name,
    banner: 'Deskstream help desk',
    size: maxBytes,
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    logger: false,
    maxClients: 100,
    socketTimeout: 60_000,
    onRcptTo(_address, session, callback) {
      if (session.envelope.rcptTo.length >= INBOUND_MAIL_LIMITS.maxRecipients) {
        return callback(smtpError(452, '4.5.3 Too many recipients'));
      }
      callback();
    },
    onData(stream, session, callback) {
      deliver(stream, session).then(
        (message) => callback(null, message),
        (error: unknown) => {
          if (typeof (error as SmtpError).responseCode === 'number') return callback(error as SmtpError);
          options.onError?.(error);
          callback(smtpError(451, '4.3.0 The help desk could not take the message just now; please try again later.'));
        },
      );
    },
  });
  server.on('error', (error) => options.onError?.(error));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.server.address();
  return {
    port: typeof address === 'object' && address ? address.port : options.port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
