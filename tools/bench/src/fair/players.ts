/**
 * Each action played as its person would: an agent signs in and goes online (and back), the PBX
 * posts its webhook events, the agent wraps a call up, a publisher or buyer sends the web form, a
 * mail arrives over SMTP, an agent opens a letter's ticket in the staff form or answers a ticket.
 */
import { ctiCallId } from '@deskstream/calls-api';
import type { FairAction } from './actions';
import { FairApiError, type FairApi } from './fair-api';
import { FAIR_MAIL_ADDRESS } from './plan-tickets';
import { FAIR_DEPARTMENT } from './setup';
import { FAIR_AGENT_PASSWORD } from './shifts';

const TICKET_ID = 'query ($n: Int) { ticket(number: $n) { id } }';

export class FairPlayers {
  private readonly tokens = new Map<string, string>();
  /** The desk's ticket id for each planned ticket (a web form's from its receipt's number). */
  private readonly tickets = new Map<string, string>();

  constructor(
    private readonly api: FairApi,
    private readonly supervisorToken: string,
    private readonly seed: number,
  ) {}

  private token(agentId: string): string {
    const token = this.tokens.get(agentId);
    if (!token) throw new Error(`${agentId} is not signed in`);
    return token;
  }

  private id(action: { kind: string; ticket: string; at: number }) {
    return `fair-${this.seed}-${action.kind}-${action.ticket}-${action.at}`;
  }

  /** Retries while the read models have not yet applied what the webhook wrote just before. */
  private async afterCatchUp<T>(work: () => Promise<T>, reasons: string[]): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= 20 || !(error instanceof FairApiError) || !reasons.includes(error.reason ?? '')) throw error;
        await this.api.app.platform.waitUntilCaughtUp();
        await new Promise((resolve) => setTimeout(resolve, 10 * attempt));
      }
    }
  }

  async play(action: FairAction): Promise<void> {
    const { api } = this;
    switch (action.kind) {
      case 'signIn': {
        const { signIn } = await api.gql<{ signIn: { token: string } }>(
          'mutation ($u: String!, $p: String!) { signIn(username: $u, password: $p) { token } }',
          { u: action.agent.username, p: FAIR_AGENT_PASSWORD },
        );
        this.tokens.set(action.agent.id, signIn.token);
        await api.gql(
          'mutation ($c: ID!) { setPresence(status: ONLINE, commandId: $c) { id } }',
          { c: `fair-${this.seed}-online-${action.agent.id}-${action.at}` },
          signIn.token,
        );
        return;
      }
      case 'signOut': {
        const token = this.token(action.agent.id);
        await api.gql(
          'mutation ($c: ID!) { setPresence(status: OFFLINE, commandId: $c) { id } }',
          { c: `fair-${this.seed}-offline-${action.agent.id}-${action.at}` },
          token,
        );
        await api.gql('mutation { signOut }', {}, token);
        this.tokens.delete(action.agent.id);
        return;
      }
      case 'cti':
        return api.cti(action.body);
      case 'wrapUp': {
        const input = {
          callId: ctiCallId(action.pbxCallId),
          topic: `Book fair: ${action.requesterType}'s question`,
          outcome: 'ANSWERED',
          requesterType: action.requesterType,
        };
        await this.afterCatchUp(
          () =>
            api.gql(
              'mutation ($i: WrapUpCallInput!, $c: ID!) { wrapUpCall(input: $i, commandId: $c) { id } }',
              { i: input, c: `fair-${this.seed}-wrap-${action.pbxCallId}` },
              this.token(action.agent.id),
            ),
          ['CALL_NOT_ENDED', 'CALL_NOT_FOUND'],
        );
        return;
      }
      case 'webForm': {
        const input = {
          departmentId: FAIR_DEPARTMENT,
          requester: { name: `${action.requesterType} ${action.ticket}`, language: 'fa', contactMethod: 'NONE' },
          requesterType: action.requesterType,
          subject: action.requesterType === 'publisher' ? 'ثبت‌نام غرفه در نمایشگاه' : 'پیگیری سفارش کتاب',
          text: `Question ${action.ticket} from the fair's ${action.requesterType}.`,
        };
        const { submitTicket } = await api.gql<{ submitTicket: { number: number } }>(
          'mutation ($i: SubmitTicketInput!, $c: ID!) { submitTicket(input: $i, commandId: $c) { number } }',
          { i: input, c: this.id(action) },
          undefined,
          action.address,
        );
        const { ticket } = await api.gql<{ ticket: { id: string } }>(
          TICKET_ID,
          { n: submitTicket.number },
          this.supervisorToken,
        );
        this.tickets.set(action.ticket, ticket.id);
        return;
      }
      case 'mail': {
        await api.sendMail({
          from: action.from,
          to: FAIR_MAIL_ADDRESS,
          subject: action.subject,
          text: `${action.subject}: when does my order ship?`,
          messageId: action.messageId,
        });
        await api.app.platform.waitUntilCaughtUp();
        const found = await api.gql<{ tickets: { edges: { node: { id: string; subject: string } }[] } }>(
          '{ tickets(filter: { channels: [EMAIL] }, sort: CREATED_DESC, first: 1) { edges { node { id subject } } } }',
          {},
          this.supervisorToken,
        );
        const node = found.tickets.edges[0]?.node;
        if (node?.subject !== action.subject) throw new Error(`the mail "${action.subject}" opened no ticket`);
        this.tickets.set(action.ticket, node.id);
        return;
      }
      case 'letter': {
        const input = {
          channel: 'LETTER',
          requester: { name: 'دبیرخانه نمایشگاه کتاب', language: 'fa', contactMethod: 'NONE' },
          requesterType: 'secretariat',
          departmentId: FAIR_DEPARTMENT,
          subject: `نامه دبیرخانه ${action.ticket}`,
          text: 'A letter from the fair secretariat.',
        };
        const { openTicket } = await api.gql<{ openTicket: { id: string } }>(
          'mutation ($i: OpenTicketInput!, $c: ID!) { openTicket(input: $i, commandId: $c) { id } }',
          { i: input, c: this.id(action) },
          this.token(action.agent.id),
        );
        this.tickets.set(action.ticket, openTicket.id);
        return;
      }
      case 'reply': {
        const ticketId = this.tickets.get(action.ticket);
        if (!ticketId) throw new Error(`no ticket for ${action.ticket} to answer`);
        await api.gql(
          'mutation ($t: ID!, $x: String!, $s: TicketStatus, $c: ID!) { replyToTicket(ticketId: $t, text: $x, status: $s, commandId: $c) { id } }',
          {
            t: ticketId,
            x: 'Thank you for writing; here is the answer.',
            s: action.solve ? 'SOLVED' : 'WAITING_FOR_CUSTOMER',
            c: this.id(action),
          },
          this.token(action.agent.id),
        );
        return;
      }
    }
  }
}
