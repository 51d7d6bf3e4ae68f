/**
 * One graphql-ws connection (`graphql-transport-ws`): connection_init within the time allowed,
 * ping/pong both ways, subscribe/next/error/complete per operation id, and the protocol's close
 * codes for everything a client may get wrong. A subscription's pushes are the bytes
 * `LiveOperations` made for its payload, wrapped with the subscription's id and nothing else.
 */
import type { WebSocket } from 'ws';
import type { LiveConnectionOptions } from './live-connection-options';
import { INTERNAL_ERROR, SESSION_ENDED_ERRORS, refusalErrors } from './live-errors';
import type { StartedSubscription } from './live-operations';
import { CLOSE, nextMessage, nextMessageStart, parseClientMessage, type SubscribePayload } from './protocol';

export type { LiveConnectionOptions } from './live-connection-options';
export { SESSION_ENDED_ERRORS } from './live-errors';

/** Messages waiting to be handled beyond which the connection stops reading until it catches up. */
const MAX_QUEUED_MESSAGES = 64;

interface Active {
  stopped: boolean;
  started?: Extract<StartedSubscription, { ok: true }>;
  /** Gives back the subscription's place in the per-address count. */
  release(): void;
}

const textOf = (data: Buffer | ArrayBuffer | Buffer[]): string =>
  Buffer.isBuffer(data)
    ? data.toString()
    : Array.isArray(data)
      ? Buffer.concat(data).toString()
      : Buffer.from(data).toString();

const TEXT_FRAME = { binary: false } as const;

export class LiveConnection {
  private initReceived = false;
  private acknowledged = false;
  private closed = false;
  private context: Record<string, unknown> = {};
  private readonly subscriptions = new Map<string, Active>();
  private readonly initTimer: ReturnType<typeof setTimeout>;
  private keepAliveTimer: ReturnType<typeof setInterval> | undefined;
  /** The staff session the connection was opened with, if any. */
  private sessionId: string | undefined;
  /** Messages are handled one after the other, so a burst cannot start work in parallel. */
  private queue: Promise<void> = Promise.resolve();
  private queued = 0;
  private paused = false;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: LiveConnectionOptions,
  ) {
    this.initTimer = setTimeout(
      () => this.close(CLOSE.initTimeout, 'Connection initialisation timeout'),
      options.initTimeoutMs,
    );
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      const text = textOf(data);
      this.queued++;
      if (this.queued > MAX_QUEUED_MESSAGES && !this.paused) {
        this.paused = true;
        socket.pause();
      }
      this.queue = this.queue
        .then(() => this.onMessage(text))
        .catch((error: unknown) => {
          options.log.error({ err: error }, 'a graphql-ws message failed');
          this.close(CLOSE.internalError, 'Internal server error');
        })
        .finally(() => {
          this.queued--;
          if (this.paused && this.queued <= MAX_QUEUED_MESSAGES / 2) {
            this.paused = false;
            if (!this.closed) socket.resume();
          }
        });
    });
    socket.on('close', () => this.release());
    socket.on('error', () => this.release());
  }

  /** Active subscriptions, for tests and health. */
  get size(): number {
    return this.subscriptions.size;
  }

  private async onMessage(text: string): Promise<void> {
    if (this.closed) return;
    const message = parseClientMessage(text);
    if ('invalid' in message) return this.close(CLOSE.badRequest, message.invalid);
    switch (message.type) {
      case 'connection_init':
        return this.init(message.payload);
      case 'ping':
        this.sendText(JSON.stringify(message.payload ? { type: 'pong', payload: message.payload } : { type: 'pong' }));
        return;
      case 'pong':
        return;
      case 'subscribe':
        return this.subscribe(message.id, message.payload);
      case 'complete':
        return this.complete(message.id);
    }
  }

  private async init(payload: Record<string, unknown> | null | undefined): Promise<void> {
    if (this.initReceived) return this.close(CLOSE.tooManyInits, 'Too many initialisation requests');
    this.initReceived = true;
    const caller = await this.options.onConnect(payload);
    if (this.closed) return;
    if (caller === false) return this.close(CLOSE.forbidden, 'Forbidden');
    clearTimeout(this.initTimer);
    this.context = { ...this.options.baseContext, ...caller, _connectionInit: payload ?? undefined };
    this.sessionId = this.options.sessionOf?.(this.context);
    this.acknowledged = true;
    this.sendText('{"type":"connection_ack"}');
    this.keepAliveTimer = setInterval(() => this.sendText('{"type":"ping"}'), this.options.keepAliveMs);
    this.keepAliveTimer.unref();
  }

  private async subscribe(id: string, payload: SubscribePayload): Promise<void> {
    if (!this.acknowledged) return this.close(CLOSE.unauthorized, 'Unauthorized');
    if (this.subscriptions.has(id)) return this.close(CLOSE.subscriberExists, `Subscriber for ${id} already exists`);
    const idJson = JSON.stringify(id);
    if (this.sessionHasEnded()) {
      this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(SESSION_ENDED_ERRORS)}}`);
      return;
    }
    const admitted = this.options.admission.admit(
      { address: this.options.address, sessionId: this.sessionId },
      this.subscriptions.size,
    );
    if (!admitted.ok) {
      this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(refusalErrors(admitted.reason))}}`);
      return;
    }
    const active: Active = { stopped: false, release: admitted.release };
    this.subscriptions.set(id, active);

    let started: StartedSubscription;
    try {
      started = await this.options.operations.start(payload, this.context, id);
    } catch (error) {
      this.options.log.error({ err: error }, 'a subscription failed to start');
      started = { ok: false, errors: INTERNAL_ERROR };
    }
    if (active.stopped) {
      if (started.ok) started.stop();
      return;
    }
    if (started.ok && this.sessionHasEnded()) {
      // The session ended while the subscription was starting.
      this.end(id, active);
      started.stop();
      this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(SESSION_ENDED_ERRORS)}}`);
      return;
    }
    if (!started.ok) {
      this.subscriptions.delete(id);
      active.stopped = true;
      active.release();
      this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(started.errors)}}`);
      return;
    }
    active.started = started;
    // Not awaited: the next message is handled as soon as this subscription has started.
    void this.pump(id, idJson, active, started);
  }

  /**
   * Ends every subscription with UNAUTHENTICATED if the session the connection was opened with
   * has ended; true if it has. Called before each push and periodically by the transport.
   */
  recheckAccess(): boolean {
    if (this.closed || !this.sessionHasEnded()) return false;
    for (const [id, active] of [...this.subscriptions]) {
      this.end(id, active);
      this.sendText(`{"id":${JSON.stringify(id)},"type":"error","payload":${JSON.stringify(SESSION_ENDED_ERRORS)}}`);
    }
    return true;
  }

  private sessionHasEnded(): boolean {
    if (this.sessionId === undefined || !this.options.sessionOf) return false;
    return this.options.sessionOf(this.context) !== this.sessionId;
  }

  /** Sends each payload's result until the source ends or the subscription is stopped. */
  private async pump(
    id: string,
    idJson: string,
    active: Active,
    started: Extract<StartedSubscription, { ok: true }>,
  ): Promise<void> {
    const start = nextMessageStart(id);
    try {
      for (;;) {
        const { value, done } = await started.payloads.next();
        if (done || active.stopped) break;
        if (this.recheckAccess()) return;
        if (started.allowed) {
          const refused = await started.allowed(value);
          if (active.stopped) break;
          if (refused) {
            this.end(id, active);
            this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(refused)}}`);
            return;
          }
        }
        let result = started.deliver(value);
        if (!Buffer.isBuffer(result)) result = await result;
        if (active.stopped) break;
        const waiting = this.sendText(nextMessage(start, result));
        if (waiting) await waiting;
      }
      if (active.stopped) return;
      this.end(id, active);
      this.sendText(`{"id":${idJson},"type":"complete"}`);
    } catch (error) {
      this.options.log.error({ err: error, subscription: id }, 'a subscription failed');
      if (active.stopped) return;
      this.end(id, active);
      this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(INTERNAL_ERROR)}}`);
    }
  }

  private complete(id: string): void {
    const active = this.subscriptions.get(id);
    if (active) this.end(id, active);
  }

  private end(id: string, active: Active): void {
    if (this.subscriptions.get(id) === active) this.subscriptions.delete(id);
    active.stopped = true;
    active.release();
    active.started?.stop();
  }

  /**
   * Sends a text frame (a string, or UTF-8 bytes) at once; returns a promise only when the socket
   * is full and the sender should wait for it.
   */
  private sendText(text: string | Buffer): Promise<void> | undefined {
    if (this.closed) return undefined;
    if (this.socket.bufferedAmount <= this.options.highWaterBytes) {
      this.socket.send(text, TEXT_FRAME, this.onSent);
      return undefined;
    }
    return new Promise((resolve) =>
      this.socket.send(text, TEXT_FRAME, (error) => {
        this.onSent(error);
        resolve();
      }),
    );
  }

  private readonly onSent = (error?: Error | null) => {
    if (error) this.release();
  };

  private close(code: number, reason: string): void {
    if (this.closed) return;
    this.socket.close(code, reason);
    this.release();
  }

  /** Whether the socket is gone (the transport forgets the connection then). */
  get isClosed(): boolean {
    return this.closed;
  }

  /** Stops every subscription and timer; the socket is closing or closed. */
  private release(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.initTimer);
    clearInterval(this.keepAliveTimer);
    for (const [id, active] of [...this.subscriptions]) this.end(id, active);
  }
}
