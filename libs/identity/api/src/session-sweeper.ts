/** Ends expired sessions in the background: once the read models have caught up, then every `intervalMs`. */
import type { FastifyBaseLogger } from 'fastify';
import type { ProjectionRunner } from '@deskstream/event-sourcing';
import type { StaffSessions } from './staff-sessions';

/** Starts sweeping; returns the function that stops. */
export function sweepExpiredSessions(
  log: Pick<FastifyBaseLogger, 'info' | 'warn'>,
  runner: Pick<ProjectionRunner, 'waitUntilCaughtUp'>,
  sessions: StaffSessions,
  intervalMs: number,
): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  let running = false;
  let stopped = false;
  const sweep = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const ended = await sessions.endExpiredSessions();
      if (ended > 0) log.info({ ended }, 'ended expired staff sessions');
    } catch (error) {
      log.warn({ err: error }, 'could not end expired sessions; trying again later');
    } finally {
      running = false;
    }
  };
  runner.waitUntilCaughtUp().then(
    () => {
      if (stopped) return;
      void sweep();
      timer = setInterval(() => void sweep(), intervalMs);
      timer.unref();
    },
    () => undefined,
  );
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
