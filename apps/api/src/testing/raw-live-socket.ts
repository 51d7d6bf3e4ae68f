/**
 * A raw graphql-transport-ws socket for tests of the live transport's limits: every message the
 * server sends is kept, and `settled()` waits until everything sent before it was handled (the
 * transport answers a connection's messages in order, so its pong comes after them).
 */
import WebSocket from 'ws';

export type LiveMessage = { type: string; id?: string; payload?: unknown };

/** Waits until `condition` holds (checking every 20 ms, for at most 20 s). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 20) {
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Opens a socket at `url` after connection_ack, with the token given (or none); `opened` collects it for closing. */
export async function rawLiveSocket(url: string, opened: WebSocket[], token?: string) {
  const socket = new WebSocket(url, 'graphql-transport-ws');
  opened.push(socket);
  const messages: LiveMessage[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(data.toString()) as LiveMessage));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const send = (message: unknown) => socket.send(JSON.stringify(message));
  send({ type: 'connection_init', payload: token ? { authorization: `Bearer ${token}` } : {} });
  await until(() => messages.some((m) => m.type === 'connection_ack'), 'connection_ack');
  let pings = 0;
  return {
    socket,
    messages,
    subscribe: (id: string, query: string, variables?: Record<string, unknown>) =>
      send({ type: 'subscribe', id, payload: { query, variables } }),
    complete: (id: string) => send({ type: 'complete', id }),
    async settled() {
      const marker = `settled-${++pings}`;
      send({ type: 'ping', payload: { marker } });
      await until(
        () =>
          messages.some((m) => m.type === 'pong' && (m.payload as { marker?: string } | undefined)?.marker === marker),
        'pong',
      );
    },
    errorsOf: (id: string) =>
      messages
        .filter((m) => m.id === id && m.type === 'error')
        .map((m) => (m.payload as { extensions: { code: string; reason?: string } }[])[0]!.extensions),
    nextsOf: (id: string) => messages.filter((m) => m.id === id && m.type === 'next').map((m) => m.payload),
  };
}
