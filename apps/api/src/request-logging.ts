/**
 * How requests show in the log. Fastify writes two lines at `info` for every request; at the
 * rates a read-model query is served that costs more than answering it, so requests are logged at
 * `debug` (`LOG_LEVEL=debug` shows them) and only what went wrong stays at `info` and above.
 */
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

export class RequestLog extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    if (this.isLogDisabled(request)) return;
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (this.isLogDisabled(request)) return;
    if (error) reply.log.error({ res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else if (reply.statusCode >= 500)
      reply.log.warn({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request failed');
    else reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
