/**
 * GraphQL for one benchmark participant, from a loopback address of its own: HTTP with
 * keep-alive connections for queries and mutations, graphql-ws for subscriptions, both bound to
 * that address, as a browser on its own machine would connect.
 */
import { request, Agent, type IncomingMessage } from 'node:http';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphqlError {
  message: string;
  extensions?: { code?: string; reason?: string };
}

export type GraphqlResult<Data> = { ok: true; data: Data } | { ok: false; code: string; message: string };

export interface ParticipantOptions {
  /** `http://127.0.0.1:<port>` */
  address: string;
  localAddress: string;
  /** Connections kept open for HTTP (a browser keeps up to 6 per host). */
  maxSockets: number;
  /** Sent as `Authorization: Bearer …` over HTTP and in graphql-ws connectionParams. */
  token?: string;
}

export class Participant {
  private readonly agent: Agent;
  private readonly url: URL;
  token: string | undefined;

  constructor(private readonly options: ParticipantOptions) {
    this.agent = new Agent({ keepAlive: true, maxSockets: options.maxSockets, localAddress: options.localAddress });
    this.url = new URL('/graphql', options.address);
    this.token = options.token;
  }

  /** Runs a query or mutation; a GraphQL error or a failed request is a value, never thrown. */
  gql<Data>(query: string, variables?: Record<string, unknown>, timeoutMs = 30_000): Promise<GraphqlResult<Data>> {
    const body = JSON.stringify({ query, variables });
    return new Promise((resolve) => {
      const req = request(
        this.url,
        {
          method: 'POST',
          agent: this.agent,
          timeout: timeoutMs,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
          },
        },
        (response: IncomingMessage) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            try {
              const reply = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
                data?: Data | null;
                errors?: GraphqlError[];
              };
              const error = reply.errors?.[0];
              if (error || !reply.data)
                resolve({
                  ok: false,
                  code: error?.extensions?.code ?? `HTTP_${response.statusCode}`,
                  message: error?.message ?? 'no data',
                });
              else resolve({ ok: true, data: reply.data });
            } catch {
              resolve({ ok: false, code: `HTTP_${response.statusCode}`, message: 'the reply is not JSON' });
            }
          });
          response.on('error', (error) => resolve({ ok: false, code: 'HTTP_ERROR', message: error.message }));
        },
      );
      req.on('timeout', () => req.destroy(new Error(`no reply within ${timeoutMs} ms`)));
      req.on('error', (error) => resolve({ ok: false, code: 'HTTP_ERROR', message: error.message }));
      req.end(body);
    });
  }

  /** A graphql-ws connection from this participant's address; resolves once acknowledged. */
  connect(onClosed: (code: number) => void): Promise<Client> {
    const { localAddress } = this.options;
    class BoundWebSocket extends WebSocket {
      constructor(url: string | URL, protocols?: string | string[]) {
        super(url, protocols, { localAddress });
      }
    }
    return new Promise((resolve, reject) => {
      let acknowledged = false;
      const client = createClient({
        url: this.url.href.replace(/^http/, 'ws'),
        webSocketImpl: BoundWebSocket,
        connectionParams: this.token ? { authorization: `Bearer ${this.token}` } : {},
        retryAttempts: 0,
        lazy: false,
        // A connection lost mid-run is reported through `closed`; nothing to print.
        onNonLazyError: () => undefined,
        on: {
          connected: () => {
            acknowledged = true;
            resolve(client);
          },
          closed: (event) => {
            const code = (event as { code?: number }).code ?? 0;
            if (!acknowledged) reject(new Error(`graphql-ws closed before it was acknowledged (${code})`));
            else onClosed(code);
          },
          error: (error) => {
            if (!acknowledged) reject(error instanceof Error ? error : new Error(String(error)));
          },
        },
      });
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
