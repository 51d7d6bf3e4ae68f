/**
 * One graphql-ws connection (`graphql-transport-ws`): connection_init within the time allowed,
 * ping/pong both ways, subscribe/next/error/complete per operation id, and the protocol's close
 * codes for everything a client may get wrong. A subscription's pushes are the bytes
 * `LiveOperations` made for its payload, wrapped with the subscription's id and nothing else.
 */
import type { WebSocket } from 'ws';
import type { FastifyBaseLogger } from 'fastify';
import type { LiveOperations, StartedSubscription } from './live-operations';
import { CLOSE, nextMessage, nextMessageStart, parseClientMessage, type SubscribePayload } from './protocol';

export interface LiveConnectionOptions {
  operations: LiveOperations;
  /** The caller, from connection_init's payload: the context every subscription starts from, or false to refuse. */
  onConnect(payload: Record<string, unknown> | null | undefined): Record<string, unknown> | false | Promise<Record<string, unknown> | false>;
  /** What every subscription's context holds besides what `onConnect` gives (the app, the upgrade request). */
  baseContext: Record<string, unknown>;
  log: FastifyBaseLogger;
  /** A ping from the server this often. */
  keepAliveMs: number;
  /** Closed with 4408 if connection_init has not come by then. */
  initTimeoutMs: number;
  /** Beyond this many bytes waiting in the socket, a subscription waits before sending more. */
  highWaterBytes: number;
}

interface Active {
  stopped: boolean;
  started?: Extract<StartedSubscription, { ok: true }>;
}

const textOf = (data: Buffer | ArrayBuffer | Buffer[]): string =>
  Buffer.isBuffer(data) ? data.toString() : Array.isArray(data) ? Buffer.concat(data).toString() : Buffer.from(data).toString();

const TEXT_FRAME = { binary: false } as const;

const INTERNAL_ERROR = [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }];

export class LiveConnection {
  private initReceived = false;
  private acknowledged = false;
  private closed = false;
  private context: Record<string, unknown> = {};
  private readonly subscriptions = new Map<string, Active>();
  private readonly initTimer: ReturnType<typeof setTimeout>;
  private keepAliveTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly socket: WebSocket,
    private readonly options: LiveConnectionOptions,
  ) {
    this.initTimer = setTimeout(() => this.close(CLOSE.initTimeout, 'Connection initialisation timeout'), options.initTimeoutMs);
    socket.on('message', (data: Buffer | ArrayBuffer | Buffer[]) => {
      this.onMessage(textOf(data)).catch((error: unknown) => {
        options.log.error({ err: error }, 'a graphql-ws message failed');
        this.close(CLOSE.internalError, 'Internal server error');
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
    this.acknowledged = true;
    this.sendText('{"type":"connection_ack"}');
    this.keepAliveTimer = setInterval(() => this.sendText('{"type":"ping"}'), this.options.keepAliveMs);
    this.keepAliveTimer.unref();
  }

  private async subscribe(id: string, payload: SubscribePayload): Promise<void> {
    if (!this.acknowledged) return this.close(CLOSE.unauthorized, 'Unauthorized');
    if (this.subscriptions.has(id)) return this.close(CLOSE.subscriberExists, `Subscriber for ${id} already exists`);
    const active: Active = { stopped: false };
    this.subscriptions.set(id, active);
    const idJson = JSON.stringify(id);

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
    if (!started.ok) {
      this.subscriptions.delete(id);
      active.stopped = true;
      this.sendText(`{"id":${idJson},"type":"error","payload":${JSON.stringify(started.errors)}}`);
      return;
    }
    active.started = started;
    await this.pump(id, idJson, active, started);
  }

  /** Sends each payload's result until the source ends or the subscription is stopped. */
  private async pump(id: string, idJson: string, active: Active, started: Extract<StartedSubscription, { ok: true }>): Promise<void> {
    const start = nextMessageStart(id);
    try {
      for (;;) {
        const { value, done } = await started.payloads.next();
        if (done || active.stopped) break;
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

  /** Stops every subscription and timer; the socket is closing or closed. */
  private release(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.initTimer);
    clearInterval(this.keepAliveTimer);
    for (const [id, active] of [...this.subscriptions]) this.end(id, active);
  }
}
