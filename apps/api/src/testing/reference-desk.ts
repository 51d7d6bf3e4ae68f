/** Test support for the reference desk: visitors with their own tokens, agents going online, a loopback SMTP server. */
import { randomBytes, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { simpleParser, type ParsedMail } from 'mailparser';
import type { GraphqlResponse } from './harness';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Gql = <Data = Record<string, any>>(
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
) => Promise<GraphqlResponse<Data>>;

export const newVisitorToken = () => randomBytes(32).toString('base64url');

export const REQUEST_CHAT = `mutation ($input: ChatRequestInput!) {
  requestChat(input: $input) { id status departmentId visitorName queuePosition transcript { kind text author { kind name } } }
}`;
export const SEND_VISITOR = `mutation ($chatId: ID!, $token: String!, $id: ID!, $text: String!) {
  sendVisitorMessage(chatId: $chatId, visitorToken: $token, clientMessageId: $id, text: $text) { id text author { kind name } }
}`;
export const VISITOR_CHAT = `query ($chatId: ID!, $token: String!) {
  visitorChat(chatId: $chatId, visitorToken: $token) { id status agentName queuePosition closedBy transcript { id kind text notice staffNote author { kind name } } }
}`;
export const SEND_AGENT = `mutation ($chatId: ID!, $id: ID!, $text: String!) { sendMessage(chatId: $chatId, clientMessageId: $id, text: $text) { id text author { kind name } } }`;
export const ACCEPT = `mutation ($chatId: ID!) { acceptChat(chatId: $chatId) { id status agent { name } } }`;
export const STAFF_CHAT = `query ($id: ID!) { chat(id: $id) { id status closedBy agent { name } transcript { kind text notice staffNote author { kind name } } } }`;
export const SET_PRESENCE =
  'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';

export async function goOnline(gql: Gql, token: string): Promise<void> {
  const result = await gql(SET_PRESENCE, { s: 'ONLINE', c: randomUUID() }, token);
  if (result.errors) throw new Error(`could not go online: ${JSON.stringify(result.errors)}`);
}

export async function goOffline(gql: Gql, token: string): Promise<void> {
  await gql(SET_PRESENCE, { s: 'OFFLINE', c: randomUUID() }, token);
}

/** A visitor with their own token; `startChat` returns the chat id. */
export function visitor(gql: Gql, name = 'Reza Karimi') {
  const token = newVisitorToken();
  return {
    token,
    async startChat(departmentId: string, question: string, email?: string, locale?: string) {
      const result = await gql<{ requestChat: { id: string } }>(REQUEST_CHAT, {
        input: { departmentId, name, email, question, visitorToken: token, locale },
      });
      if (!result.data?.requestChat) throw new Error(`requestChat failed: ${JSON.stringify(result.errors)}`);
      return result.data.requestChat.id;
    },
    say: (chatId: string, text: string, clientMessageId: string = randomUUID()) =>
      gql(SEND_VISITOR, { chatId, token, id: clientMessageId, text }),
    view: (chatId: string) => gql(VISITOR_CHAT, { chatId, token }),
  };
}

export const codeOf = (result: { errors?: { extensions?: { code?: string; reason?: string } }[] }) =>
  result.errors?.[0]?.extensions;

export interface LoopbackSmtp {
  url: string;
  received: ParsedMail[];
  waitFor(count: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on loopback that keeps what arrives, parsed. */
export async function startLoopbackSmtp(): Promise<LoopbackSmtp> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          received.push(parsed);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    async waitFor(count) {
      for (let waited = 0; received.length < count; waited += 20) {
        if (waited > 10_000) throw new Error(`only ${received.length} of ${count} mails arrived`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
