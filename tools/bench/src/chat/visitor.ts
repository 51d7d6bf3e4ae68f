/**
 * One visitor of the benchmark, as the chat widget behaves: a token of its own, a chat requested
 * from its own address, `visitorChatActivity` over its own graphql-ws connection, then a message
 * every one to two seconds while the benchmark is sending. Receipts of the agent's replies go to
 * the agent → visitor ledger.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import type { Client } from 'graphql-ws';
import { nowMs } from '../stats';
import { jittered, keyOf, messageKey, messageText, visitorAddress } from './conversation';
import { Participant } from './graphql-client';
import type { Measurement } from './measurement';

const REQUEST_CHAT = 'mutation ($input: ChatRequestInput!) { requestChat(input: $input) { id status queuePosition } }';
const SEND_VISITOR_MESSAGE = `mutation ($chatId: ID!, $token: String!, $id: ID!, $text: String!) {
  sendVisitorMessage(chatId: $chatId, visitorToken: $token, clientMessageId: $id, text: $text) { id at }
}`;
const VISITOR_CHAT_ACTIVITY = `subscription ($chatId: ID!, $token: String!) {
  visitorChatActivity(chatId: $chatId, visitorToken: $token) { chat { id status agentName } entry { id kind text at author { kind name } } }
}`;

/** Untagged: the agent subscribes after accepting and never sees it live. */
const FIRST_QUESTION = 'Good morning, I have a question about the reading list of my course.';

interface VisitorActivity {
  visitorChatActivity: { entry: { text: string; author: { kind: string } } };
}

export interface PaceMs {
  min: number;
  max: number;
}

export class BenchVisitor {
  readonly participant: Participant;
  readonly token = randomBytes(32).toString('base64url');
  chatId: string | undefined;
  /** The first reply of the agent arrived: this visitor's subscription is live. */
  heardAgent = false;
  private client: Client | undefined;
  private seq = 0;
  private sending: Promise<void> | undefined;

  constructor(
    readonly index: number,
    address: string,
    private readonly measurement: Measurement,
  ) {
    this.participant = new Participant({ address, localAddress: visitorAddress(index), maxSockets: 1 });
  }

  /** Messages this visitor has sent (or tried to), warm-up included. */
  get messagesSent(): number {
    return this.seq;
  }

  /** Requests a chat in `departmentId`; returns the time the mutation took, in ms. */
  async requestChat(departmentId: string): Promise<number | undefined> {
    const started = nowMs();
    const result = await this.participant.gql<{ requestChat: { id: string } }>(REQUEST_CHAT, {
      input: { departmentId, name: `Visitor ${this.index + 1}`, question: FIRST_QUESTION, visitorToken: this.token },
    });
    if (!result.ok) {
      this.measurement.error('requestChat', result.code, result.message);
      return undefined;
    }
    this.chatId = result.data.requestChat.id;
    return nowMs() - started;
  }

  /** Connects and subscribes to the chat's activity. */
  async listen(): Promise<void> {
    this.client = await this.participant.connect((code) =>
      this.measurement.error('connection', `visitor closed ${code}`),
    );
    this.client.subscribe<VisitorActivity>(
      { query: VISITOR_CHAT_ACTIVITY, variables: { chatId: this.chatId, token: this.token } },
      {
        next: (message) => {
          const receivedAt = nowMs();
          const entry = message.data?.visitorChatActivity.entry;
          if (!entry) return this.measurement.error('subscription', 'visitor push without data');
          if (entry.author.kind !== 'AGENT') return;
          const key = messageKey(entry.text);
          if (key === undefined) return;
          this.heardAgent = true;
          this.measurement.agentToVisitor.received(key, receivedAt);
        },
        error: (error) =>
          this.measurement.error(
            'subscription',
            `visitor: ${(error as { extensions?: { code?: string } }[])[0]?.extensions?.code ?? String(error)}`,
          ),
        complete: () => undefined,
      },
    );
  }

  /** Sends a message every `pace` ms (jittered) while the benchmark is sending. */
  startTalking(pace: PaceMs): void {
    const talk = async () => {
      while (this.measurement.sending) {
        await new Promise((resolve) => setTimeout(resolve, jittered(pace.min, pace.max)));
        if (!this.measurement.sending) break;
        await this.say();
      }
    };
    this.sending = talk();
  }

  /** Resolves once the last message in flight got its answer. */
  stoppedTalking(): Promise<void> {
    return this.sending ?? Promise.resolve();
  }

  private async say(): Promise<void> {
    const seq = ++this.seq;
    const key = keyOf('v', this.index, seq);
    const measured = this.measurement.measuring;
    const started = nowMs();
    this.measurement.visitorToAgent.sent(key, started, measured);
    const result = await this.participant.gql(SEND_VISITOR_MESSAGE, {
      chatId: this.chatId,
      token: this.token,
      id: randomUUID(),
      text: messageText('v', this.index, seq),
    });
    if (measured) this.measurement.mutationMs.sendVisitorMessage.push(nowMs() - started);
    if (!result.ok) {
      this.measurement.visitorToAgent.failed(key);
      this.measurement.error('sendVisitorMessage', result.code, result.message);
    }
  }

  async close(): Promise<void> {
    await this.client?.dispose();
    this.participant.close();
  }
}
