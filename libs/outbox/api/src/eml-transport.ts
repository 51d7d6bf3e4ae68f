/**
 * The embedded default when no SMTP server is configured: each message is written as
 * `<mailId>.eml` in the outbox folder (written whole, then renamed into place), and counts as
 * delivered locally. Any mail program opens the files.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import nodemailer from 'nodemailer';
import { DEFAULT_FROM, messageOf, type MailTransport } from './transport';

export interface EmlTransportOptions {
  /** The folder for the files, e.g. `<DATA_DIR>/outbox`. */
  directory: string;
  from?: string;
}

export function emlTransport(options: EmlTransportOptions): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  const from = options.from ?? DEFAULT_FROM;
  return {
    kind: 'LOCAL_FILE',
    async send(mail) {
      const name = `${mail.id}.eml`;
      // The mail id names the file: it must name one file in the folder, never a path.
      if (basename(name) !== name || name.startsWith('.'))
        throw new Error('A mail id that is not a plain file name is not written.');
      const info = (await transporter.sendMail(messageOf(mail, from))) as { message: Buffer };
      await mkdir(options.directory, { recursive: true });
      const file = join(options.directory, name);
      const partial = `${file}.partial`;
      await writeFile(partial, info.message);
      await rename(partial, file);
      return { transport: 'LOCAL_FILE', detail: `${basename(options.directory)}/${name}` };
    },
    close: () => transporter.close(),
  };
}
