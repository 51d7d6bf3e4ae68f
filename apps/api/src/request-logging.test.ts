import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { RequestLog } from './request-logging';

async function linesLogged(level: string): Promise<{ msg: string; level: number }[]> {
  const lines: { msg: string; level: number }[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean))
        lines.push(JSON.parse(line) as { msg: string; level: number });
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, logController: new RequestLog() });
  app.get('/fine', async () => ({ ok: true }));
  app.get('/broken', async (_request, reply) => reply.code(503).send({ ok: false }));
  await app.inject('/fine');
  await app.inject('/broken');
  await app.close();
  return lines.filter((line) => /request/.test(line.msg));
}

describe('RequestLog', () => {
  it('keeps successful requests out of an info log but reports a failed one', async () => {
    const lines = await linesLogged('info');
    expect(lines.map((line) => [line.msg, line.level])).toEqual([['request failed', 40]]);
  });

  it('logs every request at debug', async () => {
    const lines = await linesLogged('debug');
    expect(lines.map((line) => line.msg)).toEqual([
      'incoming request',
      'request completed',
      'incoming request',
      'request failed',
    ]);
  });
});
