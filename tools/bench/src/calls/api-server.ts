/**
 * The api for the calls benchmark, composed as `main.ts` composes it for `npm start` (see
 * `api-server-process.ts`), with the PBX webhook's token fixed as CTI_TOKEN would fix it and the
 * desk's country for national numbers. It says on stdout when it listens, caught up and seeded.
 *
 *   node --import tsx api-server.ts --data-dir <folder> [--log-level info]
 */
import { runBenchApiServer } from '../api-server-process';
import { BENCH_CTI_TOKEN } from './call-traffic';

await runBenchApiServer({ options: { calls: { ctiToken: BENCH_CTI_TOKEN, phoneCountry: 'DE' } } });
