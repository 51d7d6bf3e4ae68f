/**
 * One api process's outbox sender as a program, for tests that kill it: `node --import tsx
 * sender-main.ts <store url> <smtp url> <lease ms>`. It prints `{"ready":true}` once its read
 * model has caught up, and stops on SIGTERM or when its standard input closes.
 */
import { DEFAULT_RETRY_POLICY } from '@deskstream/outbox-domain';
import { smtpTransport } from '../smtp-transport';
import { startOutboxProcess } from './outbox-on-emulator';

const [storeUrl, smtpUrl, leaseMs] = process.argv.slice(2);
if (!storeUrl || !smtpUrl || !leaseMs) throw new Error('usage: sender-main.ts <store url> <smtp url> <lease ms>');

const outbox = await startOutboxProcess(storeUrl, smtpTransport({ url: smtpUrl }), {
  ...DEFAULT_RETRY_POLICY,
  leaseMs: Number(leaseMs),
});
const stop = () => void outbox.stop().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.stdin.once('end', stop);
process.stdin.resume();
process.stdout.write(`${JSON.stringify({ ready: true })}\n`);
