/**
 * Inbound mail benchmark, against the tickets issue's target: inbound mail to ticket visible in
 * the console p99 ≤ 1 s at 20 mails/s.
 *
 *   npm run tickets-mail -w @deskstream/bench              (20 mails/s, 60 s measured)
 *   npm run tickets-mail -w @deskstream/bench -- --quick   (20 mails/s, 15 s measured)
 *   … -- --rate 40 --seconds 30                            (another load)
 *
 * The api runs as `npm start` runs it (embedded store as its child process on a fresh data dir,
 * demo data seeded, the SMTP listener on a free loopback port) in a process of its own; this
 * process sends the mail and watches `ticketsChanged` as the signed-in demo admin (see
 * `tickets-mail/mail-load.ts` for what is measured).
 *
 * Results: tools/bench/results/tickets-mail[-quick].json; docs/performance.md quotes them.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnChatApi } from './chat/api-process';
import { Participant } from './chat/graphql-client';
import { round, saveResults } from './stats';
import { runMailLoad } from './tickets-mail/mail-load';

const quick = process.argv.includes('--quick');
const numberArg = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} takes a number above 0`);
  return value;
};
const SETTINGS = {
  ratePerSecond: numberArg('--rate', 20),
  seconds: numberArg('--seconds', quick ? 15 : 60),
  warmUpSeconds: 3,
  replyShare: 0.2,
  senders: 300,
  drainSeconds: 15,
};
const TARGET = { mailToVisibleP99Ms: 1_000 };
const SERVER = fileURLToPath(new URL('./tickets-mail/api-server.ts', import.meta.url));
const loadAverage = () => loadavg().map((n) => round(n, 2));

const dataDir = await mkdtemp(join(tmpdir(), 'deskstream-bench-mail-'));
const api = await spawnChatApi(dataDir, { server: SERVER });
try {
  await api.ready;
  const admin = new Participant({ address: api.address, localAddress: '127.0.0.1', maxSockets: 2 });
  const signedIn = await admin.gql<{ signIn: { token: string } }>(
    'mutation { signIn(username: "admin", password: "deskstream-admin") { token } }',
  );
  if (!signedIn.ok) throw new Error(`sign-in failed: ${signedIn.message}`);
  const token = signedIn.data.signIn.token;
  admin.token = token;
  const configured = await admin.gql(
    `mutation { setInboundAddresses(addresses: [{ address: "help@deskstream.localhost", departmentId: "humanities" }],
       defaultDepartmentId: "humanities", commandId: "bench-inbound-addresses") { defaultDepartment { id } } }`,
  );
  if (!configured.ok) throw new Error(`configuring inbound addresses failed: ${configured.message}`);
  admin.close();

  const loadBefore = loadAverage();
  const load = await runMailLoad({
    address: api.address,
    smtpPort: api.listening.smtpPort as number,
    token,
    ...SETTINGS,
  });
  const results = {
    when: new Date().toISOString(),
    machine: {
      cpus: cpus().length,
      model: cpus()[0]?.model,
      loadAverageBefore: loadBefore,
      loadAverageAfter: loadAverage(),
    },
    settings: SETTINGS,
    target: TARGET,
    met: load.mailToVisibleMs.p99 <= TARGET.mailToVisibleP99Ms && load.missing === 0,
    load,
  };
  await saveResults(
    fileURLToPath(new URL(`../results/tickets-mail${quick ? '-quick' : ''}.json`, import.meta.url)),
    results,
  );
  console.log(JSON.stringify(results, null, 2));
} finally {
  await api.stop();
  await rm(dataDir, { recursive: true, force: true });
}
