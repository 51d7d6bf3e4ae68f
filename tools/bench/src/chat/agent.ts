/**
 * One agent of the benchmark, as the console behaves: signed in and online from its own
 * address, one graphql-ws connection holding a `chatActivity` subscription per accepted chat,
 * and a reply to what the visitor said after a short think time while the benchmark is
 * sending (one reply at a time per chat). Receipts of visitor messages go to the visitor → agent ledger.
 */
import { randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { nowMs } from '../stats';
import { agentAddress, jittered, keyOf, messageKey, messageText } from './conversation';
import type { DeskStaffAccount } from './desk-staff';
import { Participant } from './graphql-client';
import type { Measurement } from './measurement';
import type { PaceMs } from './visitor';

const SIGN_IN = 'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }';
const SET_PRESENCE = 'mutation ($s: PresenceStatus!, $c: ID!) { setPresence(status: $s, commandId: $c) { presence } }';
const ACCEPT_CHAT = 'mutation ($chatId: ID!) { acceptChat(chatId: $chatId) { id status agent { id name } } }';
const SEND_MESSAGE =
  'mutation ($chatId: ID!, $id: ID!, $text: String!) { sendMessage(chatId: $chatId, clientMessageId: $id, text: $text) { id at } }';
const CHAT_ACTIVITY = `subscription ($chatId: ID!) {
  chatActivity(chatId: $chatId) { chat { id status } entry { id kind text at author { kind name } } }
}`;

interface Activity {
  chatActivity: { entry: { text: string; author: { kind: string } } };
}

interface AcceptedChat {
  chatId: string;
  /** The visitor's index: the chat's number in message tags. */
  chat: number;
  seq: number;
  heardVisitor: boolean;
  /** A reply is being thought of or sent: what the visitor says meanwhile is answered by it. */
  replying: boolean;
}

export class BenchAgent {
  readonly participant: Participant;
  readonly chats: AcceptedChat[] = [];
  private client: Client | undefined;
  private readonly replies = new Set<Promise<void>>();

  constructor(
    readonly index: number,
    address: string,
    private readonly account: DeskStaffAccount,
    private readonly measurement: Measurement,
    private readonly thinkMs: PaceMs,
  ) {
    // More connections than replies it can have in flight (one per chat), so the figures are the
    // api's and not a queue in this client's pool (a browser on HTTP/1.1 would queue beyond 6).
    this.participant = new Participant({ address, localAddress: agentAddress(index), maxSockets: 32 });
  }

  /** Signs in, goes online and opens the console's graphql-ws connection. */
  async start(): Promise<void> {
    const signedIn = await this.participant.gql<{ signIn: { token: string } }>(SIGN_IN, {
      u: this.account.username,
      p: this.account.password,
    });
    if (!signedIn.ok) {
      this.measurement.error('signIn', signedIn.code, signedIn.message);
      throw new Error(`${this.account.username} could not sign in: ${signedIn.code} ${signedIn.message}`);
    }
    this.participant.token = signedIn.data.signIn.token;
    const online = await this.participant.gql(SET_PRESENCE, { s: 'ONLINE', c: randomUUID() });
    if (!online.ok) {
      this.measurement.error('setPresence', online.code, online.message);
      throw new Error(`${this.account.username} could not go online: ${online.code} ${online.message}`);
    }
    this.client = await this.participant.connect((code) =>
      this.measurement.error('connection', `agent closed ${code}`),
    );
  }

  /** Accepts the chat and subscribes to its activity; returns the time the accept took, in ms. */
  async accept(chatId: string, chat: number): Promise<number | undefined> {
    const started = nowMs();
    const accepted = await this.participant.gql(ACCEPT_CHAT, { chatId });
    if (!accepted.ok) {
      this.measurement.error('acceptChat', accepted.code, accepted.message);
      return undefined;
    }
    const took = nowMs() - started;
    const record: AcceptedChat = { chatId, chat, seq: 0, heardVisitor: false, replying: false };
    this.chats.push(record);
    this.client!.subscribe<Activity>(
      { query: CHAT_ACTIVITY, variables: { chatId } },
      {
        next: (message) => this.onActivity(record, message.data?.chatActivity.entry),
        error: (error) =>
          this.measurement.error(
            'subscription',
            `agent: ${(error as { extensions?: { code?: string } }[])[0]?.extensions?.code ?? String(error)}`,
          ),
        complete: () => undefined,
      },
    );
    return took;
  }

  /** Resolves once every reply in flight got its answer. */
  async stoppedReplying(): Promise<void> {
    while (this.replies.size > 0) await Promise.all([...this.replies]);
  }

  private onActivity(record: AcceptedChat, entry: Activity['chatActivity']['entry'] | undefined): void {
    const receivedAt = nowMs();
    if (!entry) return this.measurement.error('subscription', 'agent push without data');
    if (entry.author.kind !== 'VISITOR') return;
    const key = messageKey(entry.text);
    if (key === undefined) return;
    record.heardVisitor = true;
    this.measurement.visitorToAgent.received(key, receivedAt);
    // One reply at a time per chat, as a person answers: under load the agent falls behind
    // instead of piling up replies no one would send.
    if (!this.measurement.sending || record.replying) return;
    record.replying = true;
    setTimeout(
      () => {
        if (!this.measurement.sending) {
          record.replying = false;
          return;
        }
        const reply = this.reply(record).finally(() => {
          record.replying = false;
          this.replies.delete(reply);
        });
        this.replies.add(reply);
      },
      jittered(this.thinkMs.min, this.thinkMs.max),
    );
  }

  private async reply(record: AcceptedChat): Promise<void> {
    const seq = ++record.seq;
    const key = keyOf('a', record.chat, seq);
    const measured = this.measurement.measuring;
    const started = nowMs();
    this.measurement.agentToVisitor.sent(key, started, measured);
    const result = await this.participant.gql(SEND_MESSAGE, {
      chatId: record.chatId,
      id: randomUUID(),
      text: messageText('a', record.chat, seq),
    });
    if (measured) this.measurement.mutationMs.sendMessage.push(nowMs() - started);
    if (!result.ok) {
      this.measurement.agentToVisitor.failed(key);
      this.measurement.error('sendMessage', result.code, result.message);
    }
  }

  async close(): Promise<void> {
    await this.client?.dispose();
    this.participant.close();
  }
}
