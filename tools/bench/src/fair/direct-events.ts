/**
 * The events the api's commands write for a planned fair, made straight from the plan, to fold a
 * fair too large to play through the command path into operations' read model. The same shapes
 * and instants the deciders write (the test compares the dashboard folded from these with the
 * one folded from a played fair); ticket numbers, session ids and texts are made up.
 */
import { createHash } from 'node:crypto';
import { callNumber, outcomeOf, type CallEvent } from '@deskstream/calls-domain';
import { ctiCallId } from '@deskstream/calls-api';
import type { StaffEvent } from '@deskstream/identity-domain';
import type { TicketActor, TicketEvent } from '@deskstream/tickets-domain';
import type { FairAction } from './actions';
import type { FairPlan } from './plan';
import { fairAgent, type FairAgent } from './shifts';

export type DirectEvent = CallEvent | TicketEvent | StaffEvent;

const iso = (ms: number) => new Date(ms).toISOString();
const staff = (agent: FairAgent): TicketActor => ({ kind: 'STAFF', id: agent.id, name: agent.displayName });
const hash = (text: string) => createHash('sha256').update(text).digest('hex');

interface CallFacts {
  answeredAt: string | null;
}

/** Every event of the fair in time order (the agents' accounts first). */
export function* directEvents(plan: FairPlan, mailRequesterType = 'publisher'): Generator<DirectEvent> {
  const agents = new Set(plan.sessions.map((session) => session.agent.id));
  const created = iso(plan.start - 86_400_000);
  for (let n = 1; n <= agents.size; n++) {
    const agent = fairAgent(n);
    yield {
      type: 'StaffAccountCreated',
      data: {
        staffId: agent.id,
        username: agent.username,
        displayName: agent.displayName,
        roles: ['AGENT'],
        passwordHash: '',
        createdAt: created,
      },
    };
  }
  const byName = new Map(
    [...Array(agents.size).keys()].map((i) => [fairAgent(i + 1).displayName, fairAgent(i + 1).id]),
  );
  const calls = new Map<string, CallFacts>();
  const tickets = new Map<string, { id: string; status: 'NEW' | 'SOLVED' | 'WAITING_FOR_CUSTOMER' }>();
  const sessions = new Map<string, string>();
  let number = 0;
  for (const action of plan.actions) yield* eventsOf(action);

  function* eventsOf(action: FairAction): Generator<DirectEvent> {
    const at = iso(action.at);
    switch (action.kind) {
      case 'signIn': {
        const sessionId = hash(`${action.agent.id}:${at}`).slice(0, 32);
        sessions.set(action.agent.id, sessionId);
        const expiresAt = iso(action.at + 120 * 86_400_000);
        yield {
          type: 'SessionStarted',
          data: {
            staffId: action.agent.id,
            sessionId,
            tokenHash: hash(sessionId),
            startedAt: at,
            expiresAt,
            method: 'PASSWORD',
          },
        };
        yield { type: 'AgentWentOnline', data: { staffId: action.agent.id, sessionId, at } };
        return;
      }
      case 'signOut': {
        const sessionId = sessions.get(action.agent.id)!;
        yield { type: 'AgentWentOffline', data: { staffId: action.agent.id, at, reason: 'SET_BY_AGENT' } };
        yield {
          type: 'SessionEnded',
          data: { staffId: action.agent.id, sessionId, endedAt: at, reason: 'SIGNED_OUT' },
        };
        return;
      }
      case 'cti': {
        const fields = new URLSearchParams(action.body);
        const callId = ctiCallId(action.pbxCallId);
        const users = fields.getAll('user[]');
        const staffIds = users.map((user) => byName.get(user)).filter((id): id is string => id !== undefined);
        const event = fields.get('event');
        if (event === 'newCall') {
          calls.set(callId, { answeredAt: null });
          const direction = fields.get('direction') === 'in' ? 'IN' : 'OUT';
          yield {
            type: 'CallRang',
            data: {
              callId,
              source: 'CTI',
              pbxCallId: action.pbxCallId,
              direction,
              from: callNumber(fields.get('from')!, 'IR'),
              to: callNumber(fields.get('to')!, 'IR'),
              queue: fields.get('queue'),
              users,
              staffIds,
              at,
            },
          };
        } else if (event === 'answer') {
          calls.get(callId)!.answeredAt = at;
          yield {
            type: 'CallAnswered',
            data: { callId, byStaffId: staffIds[0] ?? null, users, answeringNumber: null, at },
          };
        } else {
          const facts = calls.get(callId)!;
          const cause = fields.get('cause');
          const durationSeconds = facts.answeredAt ? Math.floor((action.at - Date.parse(facts.answeredAt)) / 1000) : 0;
          yield {
            type: 'CallEnded',
            data: { callId, cause, outcome: outcomeOf(facts.answeredAt !== null, false, cause), durationSeconds, at },
          };
          calls.delete(callId);
        }
        return;
      }
      case 'wrapUp':
        yield {
          type: 'CallWrappedUp',
          data: {
            callId: ctiCallId(action.pbxCallId),
            topic: 'Book fair',
            outcome: 'ANSWERED',
            requesterType: action.requesterType,
            by: { kind: 'staff', id: action.agent.id },
            at,
          },
        };
        return;
      case 'webForm':
      case 'mail':
      case 'letter': {
        const ticketId = hash(action.ticket).slice(0, 32);
        tickets.set(action.ticket, { id: ticketId, status: 'NEW' });
        const channel = action.kind === 'webForm' ? 'WEB_FORM' : action.kind === 'mail' ? 'EMAIL' : 'LETTER';
        const requesterType =
          action.kind === 'webForm' ? action.requesterType : action.kind === 'mail' ? mailRequesterType : 'secretariat';
        const openedBy: TicketActor =
          action.kind === 'letter' ? staff(action.agent) : { kind: 'REQUESTER', name: action.ticket };
        yield {
          type: 'TicketOpened',
          data: {
            ticketId,
            number: ++number,
            channel,
            requester: {
              name: action.ticket,
              email: action.kind === 'mail' ? action.from : null,
              phone: null,
              language: 'fa',
              contactMethod: action.kind === 'mail' ? 'EMAIL' : 'NONE',
            },
            requesterType,
            departmentId: 'book-fair',
            subject: action.ticket,
            priority: 'NORMAL',
            product: null,
            version: null,
            fields: {},
            tags: [],
            origin: null,
            accessTokenHash: null,
            openedAt: at,
            openedBy,
          },
        };
        return;
      }
      case 'reply': {
        const ticket = tickets.get(action.ticket)!;
        const to = action.solve ? 'SOLVED' : 'WAITING_FOR_CUSTOMER';
        yield {
          type: 'TicketReplied',
          data: {
            ticketId: ticket.id,
            messageId: hash(`${action.ticket}:${at}`).slice(0, 32),
            text: 'An answer.',
            attachments: [],
            mailId: null,
            to: null,
            mail: null,
            repliedAt: at,
            author: staff(action.agent),
          },
        };
        yield {
          type: 'TicketStatusChanged',
          data: { ticketId: ticket.id, from: ticket.status, to, cause: null, changedAt: at, by: staff(action.agent) },
        };
        ticket.status = to;
        return;
      }
    }
  }
}
