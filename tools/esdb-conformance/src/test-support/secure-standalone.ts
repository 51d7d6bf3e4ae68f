/**
 * The standalone emulator in secure mode, started as an operator starts EventStoreDB: a
 * certificate and its key from files (`--certificate-file`, `--certificate-private-key-file`),
 * the roots clients trust from a folder (`--trusted-root-certificates-path`), the admin password
 * from EVENTSTORE_DEFAULT_ADMIN_PASSWORD. Its `listening` line says how to connect; the
 * credentials are added here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { selfSignedCertificate } from '@deskstream/esdb-emulator';

// The global setup runs where `import.meta.resolve` is not available.
const emulatorMain = join(dirname(createRequire(import.meta.url).resolve('@deskstream/esdb-emulator')), 'main.ts');

export interface SecureStandalone {
  /** `esdb://admin:<password>@host:port?tls=true&tlsCAFile=<the trusted roots>`. */
  url: string;
  stop(): Promise<void>;
}

export async function startSecureStandalone(): Promise<SecureStandalone> {
  const folder = await mkdtemp(join(tmpdir(), 'esdb-conformance-tls-'));
  const { cert, key } = await selfSignedCertificate('127.0.0.1');
  await mkdir(join(folder, 'ca'));
  await writeFile(join(folder, 'node.crt'), cert);
  await writeFile(join(folder, 'node.key'), key, { mode: 0o600 });
  await writeFile(join(folder, 'ca', 'ca.crt'), cert);
  // EventStoreDB's own default, which tests that pass credentials per call use too; loopback only.
  const password = 'changeit';
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      emulatorMain,
      '--mem-db',
      '--node-port',
      '0',
      '--certificate-file',
      join(folder, 'node.crt'),
      '--certificate-private-key-file',
      join(folder, 'node.key'),
      '--trusted-root-certificates-path',
      join(folder, 'ca'),
    ],
    { env: { ...process.env, EVENTSTORE_DEFAULT_ADMIN_PASSWORD: password }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const listening = await listeningLine(child);
    const url = listening.url.replace('esdb://', `esdb://admin:${encodeURIComponent(password)}@`);
    return {
      url,
      stop: async () => {
        if (child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGTERM');
          await exited;
        }
        await rm(folder, { recursive: true, force: true });
      },
    };
  } catch (error) {
    child.kill('SIGKILL');
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
}

/** Resolves with the emulator's `listening` JSON line; rejects if it exits or says nothing for 30 s. */
function listeningLine(child: ChildProcess): Promise<{ url: string; secure: boolean }> {
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the emulator did not start:\n${output.join('')}`)), 30_000);
    let pending = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) {
        const parsed = JSON.parse(line) as { event?: string; url: string; secure: boolean };
        if (parsed.event !== 'listening') continue;
        clearTimeout(timer);
        if (!parsed.secure) reject(new Error('the emulator started without TLS'));
        resolve(parsed);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the emulator exited (${code ?? signal}) before listening:\n${output.join('')}`));
    });
  });
}
