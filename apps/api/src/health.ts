/**
 * `/health/live`: the process answers. `/health/ready`: the read models have caught up with
 * the store, so queries answer with everything; until then 503 "catching up".
 */
import type { FastifyInstance } from 'fastify';

export interface Readiness {
  caughtUp(): boolean;
  details(): Record<string, unknown>;
}

export function healthRoutes(app: FastifyInstance, readiness: Readiness): void {
  app.get('/health/live', async () => ({ status: 'live' }));
  app.get('/health/ready', async (_request, reply) => {
    if (readiness.caughtUp()) return { status: 'ready', ...readiness.details() };
    return reply.code(503).send({ status: 'catching up', ...readiness.details() });
  });
}
