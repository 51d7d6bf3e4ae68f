/**
 * The loopback SMTP server as a program, for tests that run the api as a process and may not
 * import this library (the browser tests): `node --import tsx loopback-smtp-main.ts`. It
 * prints one JSON line `{"url":"smtp://127.0.0.1:<port>"}` once it listens, then one line
 * `{"mail":{…}}` per message that arrives (envelope recipients, From, To, subject, text, and each
 * attached file's name, type and text content). It
 * stops on SIGTERM or SIGINT, and when its standard input closes (its parent is gone).
 */
import { startLoopbackSmtp, type ReceivedMail } from './smtp-server';

interface PrintedMail {
  envelopeTo: string[];
  from: string;
  to: string[];
  subject: string;
  text: string;
  attachments: { filename: string; contentType: string; content: string }[];
  /** The threading headers, as parsed (null when absent). */
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
}

const addresses = (field: ReceivedMail['parsed']['to']): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((each) =>
    each.value.map((address) => address.address ?? ''),
  );

function printedMail({ envelopeTo, parsed }: ReceivedMail): PrintedMail {
  return {
    envelopeTo,
    from: parsed.from?.text ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    attachments: parsed.attachments.map((file) => ({
      filename: file.filename ?? '',
      contentType: file.contentType,
      content: file.content.toString('utf8'),
    })),
    messageId: parsed.messageId ?? null,
    inReplyTo: parsed.inReplyTo ?? null,
    references: Array.isArray(parsed.references) ? parsed.references : parsed.references ? [parsed.references] : [],
  };
}

const smtp = await startLoopbackSmtp();
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  // A sender may keep its connection open; the server is not kept waiting for it.
  await Promise.race([smtp.close(), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  process.exit(0);
}

process.once('SIGTERM', () => void stop());
process.once('SIGINT', () => void stop());
process.stdin.once('end', () => void stop());
process.stdin.resume();

print({ url: smtp.url });
for (let count = 1; !stopping; count++) {
  const received = await smtp.waitFor(count, Number.POSITIVE_INFINITY);
  print({ mail: printedMail(received[count - 1]!) });
}
