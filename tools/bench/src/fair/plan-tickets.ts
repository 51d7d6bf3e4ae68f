/**
 * A day's written traffic: publishers' and buyers' web forms, mail to the desk's address and the
 * fair secretariat's letters, and the agents on shift answering them. A web form or mail is
 * answered by the first agent at work after a first-response delay (the next morning when it came
 * after hours); the mail counted as answered always is, within the report's period; the rest stay
 * open, the desk's backlog.
 */
import type { FairDay } from './calendar';
import type { FairAction, RequesterType } from './actions';
import { BUYER_SHARE } from './profile';
import { startsOf } from './plan-calls';
import type { Rng } from './random';
import type { AgentSession, FairAgent } from './shifts';

export const FAIR_MAIL_ADDRESS = 'support@bookfair.localhost';
const WEB_FORM_ANSWERED_SHARE = 0.92;
const SOLVED_SHARE = 0.85;

/** The first moment from `t` on that an agent is at work (with two minutes to spare), or null. */
export function agentAfter(sessions: readonly AgentSession[], t: number): { agent: FairAgent; at: number } | null {
  let best: { agent: FairAgent; at: number } | null = null;
  for (const s of sessions) {
    const at = Math.max(t, s.from + 60_000);
    if (at <= s.to - 120_000 && (!best || at < best.at)) best = { agent: s.agent, at };
  }
  return best;
}

export interface DayTickets {
  actions: FairAction[];
  webFormsAnswered: number;
}

export function planDayTickets(
  day: FairDay,
  counts: { publisher: number; buyer: number; emailAnswered: number; emailUnanswered: number; letter: number },
  sessions: readonly AgentSession[],
  random: Rng,
): DayTickets {
  const out: DayTickets = { actions: [], webFormsAnswered: 0 };
  const reply = (ticket: string, answer: { agent: FairAgent; at: number }) =>
    out.actions.push({
      kind: 'reply',
      at: answer.at,
      keys: [`ticket:${ticket}`, `agent:${answer.agent.id}`],
      ticket,
      agent: answer.agent,
      solve: random() < SOLVED_SHARE,
    });
  const delay = () => random.int(3, 240) * 60_000;

  const forms: [RequesterType, number][] = [
    ['publisher', counts.publisher],
    ['buyer', counts.buyer],
  ];
  for (const [requesterType, count] of forms)
    startsOf(day, count, random).forEach((at, n) => {
      const ticket = `form-${day.date}-${requesterType}-${n}`;
      const address = `10.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`;
      out.actions.push({ kind: 'webForm', at, keys: [`ticket:${ticket}`], ticket, requesterType, address });
      const answer = random() < WEB_FORM_ANSWERED_SHARE ? agentAfter(sessions, at + delay()) : null;
      if (answer) {
        out.webFormsAnswered++;
        reply(ticket, answer);
      }
    });

  const mails = startsOf(day, counts.emailAnswered + counts.emailUnanswered, random);
  mails.forEach((start, n) => {
    const answered = n < counts.emailAnswered;
    let at = start;
    let answer = answered ? (agentAfter(sessions, at + delay()) ?? agentAfter(sessions, at + 60_000)) : null;
    if (answered && !answer) {
      // Too late on the report's last day to be answered in it: it came that morning instead.
      at = sessions[0]!.from + random.int(1, 60) * 60_000;
      answer = agentAfter(sessions, at + 60_000)!;
    }
    const requesterType: RequesterType = random() < BUYER_SHARE[day.phase] ? 'buyer' : 'publisher';
    const ticket = `mail-${day.date}-${n}`;
    out.actions.push({
      kind: 'mail',
      at,
      keys: [`ticket:${ticket}`],
      ticket,
      from: `${requesterType}-${day.date}-${n}@mail.example`,
      subject: `Fair ${requesterType} question ${day.date} #${n}`,
      messageId: `<${ticket}@mail.example>`,
    });
    if (answer) reply(ticket, answer);
  });

  startsOf(day, counts.letter, random).forEach((start, n) => {
    const ticket = `letter-${day.date}-${n}`;
    const desk = agentAfter(sessions, start) ?? agentAfter(sessions, sessions[0]!.from);
    out.actions.push({
      kind: 'letter',
      at: desk!.at,
      keys: [`ticket:${ticket}`, `agent:${desk!.agent.id}`],
      ticket,
      agent: desk!.agent,
    });
  });
  return out;
}
