/**
 * The api for the inbound mail benchmark, composed as `main.ts` composes it for `npm start` (the
 * embedded store as its child process, demo data seeded), with the SMTP listener on a free
 * loopback port and the per-sender loop limit raised (the load sends from a few hundred
 * senders at 20 mails/s). Speaks the chat benchmark's stdout protocol; its `listening` line also
 * names the SMTP port.
 *
 *   node --import tsx tickets-mail/api-server.ts --data-dir <folder> [--log-level info]
 */
import { runBenchApiServer } from '../api-server-process';

await runBenchApiServer({
  options: {
    tickets: {
      inboundMail: {
        smtp: { port: 0, host: '127.0.0.1' },
        senderLimit: { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 },
      },
    },
  },
  listening: (app) => ({ smtpPort: app.inboundMail.smtpPort() }),
});
