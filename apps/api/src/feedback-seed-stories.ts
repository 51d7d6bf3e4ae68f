/**
 * The demo feedback's stories as commands for the feedback context's own deciders: an item captured
 * from its source and then grouped or dismissed, a topic opened, forwarded and answered, a survey
 * created, sent and answered. Each story is decided in turn and appended together (`story`). Pure,
 * apart from the survey links' random tokens, of which only a hash is kept.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Decider, DomainError, DomainEvent } from '@deskstream/domain-kit';
import {
  emptyFeedbackSource,
  type FeedbackActor,
  type FeedbackItemCommand,
  type FeedbackSource,
  type FeedbackTopicCommand,
  type SurveyCommand,
} from '@deskstream/feedback-domain';
import { DEMO_TEAM, type FeedbackPlan, type PlannedItem, type PlannedTopic } from './feedback-seed-plan';

export const SYSTEM: FeedbackActor = { kind: 'system', id: 'demo-seed' };

/** A decider over a list of commands, decided in turn and appended together (one item's story). */
export function story<Command, Event extends DomainEvent, State, Rejection extends DomainError>(
  decider: Decider<Command, Event, State, Rejection>,
): Decider<Command[], Event, State, Rejection> {
  return {
    initialState: decider.initialState,
    evolve: decider.evolve,
    decide(commands, state) {
      const events: Event[] = [];
      for (const command of commands) {
        const decided = decider.decide(command, state);
        if (!Array.isArray(decided)) return decided;
        events.push(...decided);
        state = decided.reduce(decider.evolve, state);
      }
      return events;
    },
  };
}

function sourceOf(item: PlannedItem): FeedbackSource {
  const id = (part: string) => `${item.itemId}-${part}`;
  switch (item.channel) {
    case 'CHAT':
      return { ...emptyFeedbackSource('CHAT_MESSAGE'), chatId: id('chat'), messageId: id('message') };
    case 'TICKET':
      return { ...emptyFeedbackSource('TICKET_MESSAGE'), ticketId: id('ticket'), messageId: id('message') };
    case 'PHONE':
      return { ...emptyFeedbackSource('CALL_NOTE'), callId: id('call'), noteId: id('note') };
    case 'OFFLINE_QUESTION':
      return { ...emptyFeedbackSource('OFFLINE_QUESTION'), questionId: id('question') };
    case 'KNOWLEDGE_BASE':
      // The demo knowledge base's article in the reader's language, as first published.
      return {
        ...emptyFeedbackSource('ARTICLE_VOTE'),
        articleId: `${item.theme.article}.${item.language}`,
        articleRevision: 1,
      };
    case 'STAFF':
      return emptyFeedbackSource('STAFF');
  }
}

export function itemStoryOf(item: PlannedItem, at: (minutesAgo: number) => string): FeedbackItemCommand[] {
  const capturedAt = at(item.minutesAgo);
  const by: FeedbackActor = item.channel === 'KNOWLEDGE_BASE' ? SYSTEM : { kind: 'staff', id: item.staffId };
  const commands: FeedbackItemCommand[] = [
    {
      type: 'CaptureFeedback',
      data: {
        itemId: item.itemId,
        source: sourceOf(item),
        channel: item.channel,
        text: item.theme.text[item.language],
        product: item.theme.product,
        version: item.version,
        build: item.build,
        kind: item.kind,
        severity: item.severity,
        tags: item.kind ? [item.theme.key] : [],
        reporter: item.reporter
          ? {
              kind: 'CUSTOMER',
              customerId: item.reporter.customerId,
              ticketId: null,
              personal: { name: item.reporter.name, email: item.reporter.email, phone: null },
            }
          : {
              kind: 'SUPPORT_UNIT',
              customerId: null,
              ticketId: null,
              personal: { name: null, email: null, phone: null },
            },
        language: item.language,
        capturedBy: by,
        at: capturedAt,
      },
    },
  ];
  const triaged = {
    itemId: item.itemId,
    by: { kind: 'staff', id: item.staffId } as FeedbackActor,
    at: at(item.minutesAgo - 90),
  };
  const fate = item.fate;
  if (fate && 'grouped' in fate)
    commands.push({ type: 'GroupFeedback', data: { ...triaged, topicId: fate.grouped, suggested: true, score: 0.8 } });
  if (fate && 'dismissed' in fate)
    commands.push({ type: 'DismissFeedback', data: { ...triaged, reason: fate.dismissed, duplicateOf: null } });
  if (fate && 'duplicateOf' in fate)
    commands.push({
      type: 'DismissFeedback',
      data: { ...triaged, reason: 'DUPLICATE', duplicateOf: fate.duplicateOf },
    });
  return commands;
}

/** A topic's story: opened, forwarded to the team a day later, and the team's answers. */
export function topicStoryOf(
  topic: PlannedTopic,
  capturedBy: string,
  at: (minutesAgo: number) => string,
): FeedbackTopicCommand[] {
  const opened = topic.minutesAgo;
  const stamp = { topicId: topic.topicId, by: { kind: 'staff', id: capturedBy } as FeedbackActor };
  return [
    {
      type: 'OpenFeedbackTopic',
      data: {
        ...stamp,
        at: at(opened),
        title: topic.theme.topic!.title,
        product: topic.theme.product,
        kind: topic.theme.kind,
      },
    },
    { type: 'ForwardFeedbackTopic', data: { ...stamp, at: at(opened - 24 * 60), teamId: DEMO_TEAM.teamId } },
    ...topic.theme.topic!.answers.map((answer, index): FeedbackTopicCommand => ({
      type: 'AnswerFeedbackTopic',
      data: {
        topicId: topic.topicId,
        answerId: `${topic.topicId}-answer-${index + 1}`,
        status: answer.status,
        version: answer.version ?? null,
        reason: answer.reason ?? null,
        note: answer.note,
        by: { kind: 'staff', id: DEMO_TEAM.members[0]! },
        // Never before the topic was forwarded.
        at: at(Math.min(answer.daysAgo * 24 * 60, opened - 25 * 60)),
      },
    })),
  ];
}

/** Each survey's story (created, its invitations sent, its answers), by survey. */
export function surveyStoriesOf(
  plan: FeedbackPlan,
  at: (minutesAgo: number) => string,
): { surveyId: string; answers: number; commands: SurveyCommand[] }[] {
  const question = {
    fa: 'از پاسخ ما چقدر راضی بودید؟',
    en: 'How satisfied were you with our answer?',
    ja: '私たちの回答にどのくらい満足しましたか？',
    vi: 'Bạn hài lòng thế nào với câu trả lời của chúng tôi?',
  };
  const productQuestion = {
    fa: 'پیشخوان نور ۲٫۰ را چقدر می‌پسندید؟',
    en: 'How do you like Noor Desk 2.0?',
    ja: 'Noor Desk 2.0 はいかがですか？',
    vi: 'Bạn thấy Noor Desk 2.0 thế nào?',
  };
  const bySurvey = new Map<string, typeof plan.surveys>();
  for (const answer of plan.surveys) bySurvey.set(answer.surveyId, [...(bySurvey.get(answer.surveyId) ?? []), answer]);
  return [...bySurvey].map(([surveyId, answers]) => {
    const first = answers[0]!;
    const sentAt = first.kind === 'PRODUCT' ? 36 * 24 * 60 : first.minutesAgo + 60;
    const commands: SurveyCommand[] = [
      {
        type: 'CreateSurvey',
        data: {
          surveyId,
          kind: first.kind,
          subject:
            first.kind === 'PRODUCT'
              ? { type: 'PRODUCT', product: first.product!, version: '2.0' }
              : { type: 'CONVERSATION', chatId: null, ticketId: `${surveyId}-ticket`, callId: null },
          question: first.kind === 'PRODUCT' ? productQuestion : question,
          teamId: first.kind === 'PRODUCT' ? DEMO_TEAM.teamId : null,
          by: SYSTEM,
          at: at(sentAt),
        },
      },
      {
        type: 'SendSurveyInvitations',
        data: {
          surveyId,
          at: at(sentAt),
          // Nobody holds these links' tokens: only a hash of random bytes is kept.
          invitations: answers.map((answer) => ({
            invitationId: answer.invitationId,
            tokenHash: createHash('sha256').update(randomBytes(32)).digest('hex'),
            customerId: null,
            email: `${answer.invitationId}@survey.example`,
            language: answer.language,
            mailId: `${answer.invitationId}-mail`,
          })),
        },
      },
      ...answers.map((answer): SurveyCommand => ({
        type: 'AnswerSurvey',
        data: {
          surveyId,
          invitationId: answer.invitationId,
          rating: answer.rating,
          comment: null,
          at: at(Math.min(answer.minutesAgo, sentAt - 30)),
        },
      })),
    ];
    return { surveyId, answers: answers.length, commands };
  });
}
