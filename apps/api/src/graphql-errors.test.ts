/**
 * The error formatter on a real Fastify + Mercurius: what a client sees when a resolver fails,
 * in particular a command stored whose read models lagged (READ_MODEL_BEHIND, retryable).
 */
import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ProjectionRunnerStoppedError,
  READ_MODEL_BEHIND_MESSAGE,
  ReadModelTimeoutError,
} from '@deskstream/event-sourcing';
import { createErrorFormatter } from './graphql-errors';

const SCHEMA = /* GraphQL */ `
  type Query {
    ok: Boolean!
  }
  type Mutation {
    send(text: String!): String
    sendRequired(text: String!): String!
  }
`;

let app: FastifyInstance | undefined;
afterEach(() => app?.close());

async function serve(production: boolean, fail: () => never) {
  const lines: { level: number; msg: string }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as { level: number; msg: string });
      done();
    },
  });
  app = Fastify({ logger: { level: 'info', stream } });
  await app.register(mercurius, {
    schema: SCHEMA,
    resolvers: { Query: { ok: () => true }, Mutation: { send: fail, sendRequired: fail } },
    jit: 1,
    errorFormatter: createErrorFormatter(production) as never,
  });
  const send = async (field: 'send' | 'sendRequired') => {
    const response = await app!.inject({
      method: 'POST',
      url: '/graphql',
      payload: { query: `mutation { ${field}(text: "hello") }` },
    });
    return {
      status: response.statusCode,
      body: response.json() as { data: unknown; errors: { message: string; extensions: { code: string } }[] },
    };
  };
  return { send, lines };
}

const lagged = () => {
  throw new ReadModelTimeoutError(
    'The read models did not reach position 42/42 within 5000 ms (they are at 40/40, caught up).',
  );
};

describe('the error formatter', () => {
  it.each([true, false])(
    'tells a client whose command was stored but not yet shown READ_MODEL_BEHIND, retryable (production %s)',
    async (production) => {
      const { send, lines } = await serve(production, lagged);
      for (const field of ['send', 'sendRequired'] as const) {
        const { status, body } = await send(field);
        expect(status).toBe(200);
        expect(body.errors).toEqual([
          expect.objectContaining({ message: READ_MODEL_BEHIND_MESSAGE, extensions: { code: 'READ_MODEL_BEHIND' } }),
        ]);
        expect(body.errors[0]!.message).toMatch(/stored.*same command id is safe/);
      }
      // Logged as an overload with the details, not as a bug.
      const logged = lines.filter((line) => /did not catch up/.test(line.msg));
      expect(logged).toHaveLength(2);
      expect(logged.every((line) => line.level === 40)).toBe(true);
      expect(JSON.stringify(logged[0])).toContain('position 42/42');
      expect(lines.some((line) => line.level >= 50)).toBe(false);
    },
  );

  it('still reports anything else as INTERNAL_SERVER_ERROR, hiding the details in production', async () => {
    const stopped = () => {
      throw new ProjectionRunnerStoppedError('the runner stopped');
    };
    const { send, lines } = await serve(true, stopped);
    const { body } = await send('send');
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: 'Something went wrong on our side.',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }),
    ]);
    expect(lines.some((line) => line.level === 50 && /unexpected error/.test(line.msg))).toBe(true);
  });
});
