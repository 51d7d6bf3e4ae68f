import type { Decider, DomainError, DomainEvent } from '@deskstream/domain-kit';
import { feedbackItemDecider, feedbackTopicDecider, surveyDecider } from '@deskstream/feedback-domain';
import { describe, expect, it } from 'vitest';
import { DEMO_TEAM, PLAN_DAYS, planDemoFeedback } from './feedback-seed-plan';
import { itemStoryOf, story, surveyStoriesOf, topicStoryOf } from './feedback-seed-stories';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();

describe('the demo feedback plan', () => {
  const plan = planDemoFeedback();

  it('plans the same items with the same ids on every start', () => {
    const again = planDemoFeedback();
    expect(again.items.map((item) => [item.itemId, item.channel, item.language, item.minutesAgo, item.fate])).toEqual(
      plan.items.map((item) => [item.itemId, item.channel, item.language, item.minutesAgo, item.fate]),
    );
    expect(new Set(plan.items.map((item) => item.itemId)).size).toBe(plan.items.length);
  });

  it('is a few hundred items over the last ninety days, across products, versions, kinds, channels and languages', () => {
    expect(plan.items.length).toBeGreaterThanOrEqual(200);
    expect(plan.items.length).toBeLessThanOrEqual(400);
    expect(Math.max(...plan.items.map((item) => item.minutesAgo))).toBeLessThan(PLAN_DAYS * 24 * 60);
    const spread = (pick: (item: (typeof plan.items)[number]) => unknown) => new Set(plan.items.map(pick)).size;
    expect(spread((item) => item.theme.product)).toBe(DEMO_TEAM.products.length);
    expect(spread((item) => item.kind)).toBe(8); // the seven kinds and some not classified yet
    expect(spread((item) => item.channel)).toBe(6);
    expect(spread((item) => item.language)).toBe(4);
    expect(spread((item) => `${item.theme.product} ${item.version}`)).toBeGreaterThanOrEqual(9);
    expect(plan.items.some((item) => item.build !== null && item.reporter === null)).toBe(true);
    // Every week has feedback, so the trend has no holes.
    const weeks = new Set(plan.items.map((item) => Math.floor(item.minutesAgo / (7 * 24 * 60))));
    expect(weeks.size).toBe(Math.ceil(PLAN_DAYS / 7));
  });

  it('groups most reports of a theme with a topic and leaves some noise and duplicates dismissed', () => {
    const grouped = plan.items.filter((item) => item.fate && 'grouped' in item.fate);
    const dismissed = plan.items.filter((item) => item.fate && !('grouped' in item.fate));
    expect(grouped.length).toBeGreaterThan(plan.items.length / 2);
    expect(dismissed.length).toBeGreaterThan(3);
    expect(plan.topics.length).toBeGreaterThanOrEqual(7);
    expect(plan.topics.filter((topic) => topic.theme.topic!.answers.length > 0).length).toBeGreaterThanOrEqual(6);
  });

  it('has satisfaction and product survey answers from 1 to 5', () => {
    expect(new Set(plan.surveys.map((answer) => answer.rating))).toEqual(new Set([1, 2, 3, 4, 5]));
    expect(new Set(plan.surveys.map((answer) => answer.kind))).toEqual(new Set(['SATISFACTION', 'PRODUCT']));
  });
});

describe('the demo feedback stories', () => {
  const plan = planDemoFeedback();
  const decideAll = <C, E, S, R>(decider: Decider<C, E & DomainEvent, S, R & DomainError>, commands: C): E[] => {
    const decided = decider.decide(commands, decider.initialState());
    if (!Array.isArray(decided)) throw new Error(`refused: ${JSON.stringify(decided)}`);
    return decided as E[];
  };

  it('are accepted by the feedback context’s own deciders, each story in one append', () => {
    for (const item of plan.items) {
      const events = decideAll(story(feedbackItemDecider), itemStoryOf(item, at));
      expect(events[0]!.type).toBe('FeedbackCaptured');
      expect(events.length).toBe(item.fate ? 2 : 1);
    }
    for (const topic of plan.topics) {
      const events = decideAll(story(feedbackTopicDecider), topicStoryOf(topic, 'staff-1', at));
      expect(events.map((event) => event.type).slice(0, 2)).toEqual(['FeedbackTopicOpened', 'FeedbackTopicForwarded']);
      // Answered only after it was forwarded.
      const forwardedAt = (events[1]!.data as { at: string }).at;
      for (const answered of events.slice(2)) expect((answered.data as { at: string }).at >= forwardedAt).toBe(true);
    }
    const answers = surveyStoriesOf(plan, at).flatMap((survey) =>
      decideAll(story(surveyDecider), survey.commands).filter((event) => event.type === 'SurveyAnswered'),
    );
    expect(answers.length).toBe(plan.surveys.length);
  });

  it('pin each item to its exact source: the knowledge-base article revision the reader voted on', () => {
    const vote = plan.items.find((item) => item.channel === 'KNOWLEDGE_BASE')!;
    const [capture] = itemStoryOf(vote, at);
    expect(capture!.type).toBe('CaptureFeedback');
    expect((capture!.data as { source: object }).source).toMatchObject({
      kind: 'ARTICLE_VOTE',
      articleId: `${vote.theme.article}.${vote.language}`,
      articleRevision: 1,
    });
  });
});
