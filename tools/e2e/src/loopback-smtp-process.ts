import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * The outbox's loopback SMTP server (`libs/outbox/api/src/test-support/loopback-smtp-main.ts`), run
 * as a process beside the api: browser tests import no context library, as they run the api as
 * a process too. The api sends to `url` (its `SMTP_URL`); every message that arrives is parsed
 * and kept in `mails`.
 */
export const LOOPBACK_SMTP_MAIN = fileURLToPath(
  new URL('../../../libs/outbox/api/src/test-support/loopback-smtp-main.ts', import.meta.url),
);

export interface ArrivedMail {
  /** The envelope's recipients (RCPT TO). */
  envelopeTo: string[];
  /** The From header as written, e.g. `"Reference Desk" <desk@library.example>`. */
  from: string;
  /** The addresses in the To header. */
  to: string[];
  subject: string;
  text: string;
  /** Attached files (a calendar invitation, say) with their text content. */
  attachments?: { filename: string; contentType: string; content: string }[];
  /** Message-ID, In-Reply-To and References as parsed (with their angle brackets). */
  messageId?: string | null;
  inReplyTo?: string | null;
  references?: string[];
}

export interface LoopbackSmtpProcess {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  readonly mails: ArrivedMail[];
  /** Resolves with the first mail that matches (arrived already or later), or rejects after the timeout. */
  waitForMail(matches: (mail: ArrivedMail) => boolean, timeoutMs?: number): Promise<ArrivedMail>;
  stop(): Promise<void>;
}

export async function startLoopbackSmtpProcess(timeoutMs = 20_000): Promise<LoopbackSmtpProcess> {
  // Standard input stays a pipe: if this test process dies, the server sees it close and stops.
  const child = spawn(process.execPath, ['--import', 'tsx', LOOPBACK_SMTP_MAIN], { stdio: ['pipe', 'pipe', 'pipe'] });
  const mails: ArrivedMail[] = [];
  const listeners = new Set<() => void>();
  let url: string | null = null;
  let output = '';
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) {
      const message = JSON.parse(line) as { url?: string; mail?: ArrivedMail };
      if (message.url) url = message.url;
      if (message.mail) mails.push(message.mail);
    }
    for (const listener of listeners) listener();
  });
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const until = <T>(found: () => T | undefined, what: string, waitMs: number) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        const value = found();
        if (value !== undefined) finish(() => resolve(value));
      };
      const timer = setTimeout(
        () => finish(() => reject(new Error(`${what} within ${waitMs} ms (${mails.length} mails arrived)\n${output}`))),
        waitMs,
      );
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        listeners.delete(check);
        settle();
      };
      listeners.add(check);
      void exited.then(() => finish(() => reject(new Error(`the SMTP server exited before ${what}\n${output}`))));
      check();
    });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };

  try {
    const listening = await until(() => url ?? undefined, 'the SMTP server did not listen', timeoutMs);
    return {
      url: listening,
      mails,
      waitForMail: (matches, waitMs = timeoutMs) =>
        until(() => mails.find(matches), 'no matching mail arrived', waitMs),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
