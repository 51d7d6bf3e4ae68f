/**
 * The demo's feedback on a first start, so the report is worth opening: a few hundred items from
 * users of seed 002's products over the last ninety days (four languages, every channel, the
 * pre-release build the support unit tested), grouped into topics that were forwarded to the Noor
 * software team and answered, some dismissed as noise, some still waiting in the triage queue;
 * satisfaction and product survey answers; and what readers searched for in the knowledge base and
 * did not find. Everything goes through the contexts' own deciders with fixed command ids, so a
 * second start writes nothing twice. Each item's story (captured, then grouped or dismissed) is one
 * append, several streams at a time. The team comes first (topics can be forwarded to it at once);
 * the plan's last item is written after everything else, so with it there (`alreadySeeded`) a start
 * skips the rest, and an interrupted seed is finished by the next start.
 */
import { createHash } from 'node:crypto';
import { CommandRunner, type CommandStore, type ProjectionRunner } from '@deskstream/event-sourcing';
import {
  PRODUCT_TEAMS_STREAM,
  feedbackItemDecider,
  feedbackItemStream,
  feedbackTopicStream,
  feedbackTopicDecider,
  productTeamsDecider,
  surveyDecider,
  surveyStream,
  type FeedbackItemCommand,
  type FeedbackTopicCommand,
  type SurveyCommand,
} from '@deskstream/feedback-domain';
import { searchMissDecider, searchMissStream } from '@deskstream/knowledge-base-domain';
import { normalizeText } from '@deskstream/search';
import { DEMO_NOT_FOUND } from './feedback-seed-data';
import {
  CAPTURING_STAFF,
  DEMO_TEAM,
  planDemoFeedback,
  type FeedbackPlan,
  type PlannedItem,
} from './feedback-seed-plan';
import { SYSTEM, itemStoryOf, story, surveyStoriesOf, topicStoryOf } from './feedback-seed-stories';

/** The demo's product team (written first, so topics can be forwarded to it while the rest is written). */
export const DEMO_FEEDBACK_TEAM = DEMO_TEAM.teamId;

/** The demo feedback's item written last: once it is there (the triage read model's `items`), the seed is finished. */
export const DEMO_FEEDBACK_LAST_ITEM = planDemoFeedback().items.at(-1)!.itemId;

export interface FeedbackSeedReport {
  items: number;
  topics: number;
  surveyAnswers: number;
  searchMisses: number;
}

const ACTOR = { kind: 'system', id: 'demo-seed' } as const;
const MINUTE = 60_000;

export async function seedFeedback(
  deps: { store: CommandStore; runner: Pick<ProjectionRunner, 'waitUntilCaughtUp'> },
  now: () => Date,
  options: { plan?: FeedbackPlan; alreadySeeded?: () => boolean } = {},
): Promise<FeedbackSeedReport> {
  const plan = options.plan ?? planDemoFeedback();
  const report: FeedbackSeedReport = { items: 0, topics: 0, surveyAnswers: 0, searchMisses: 0 };
  // The read models catch up once at the end, not after every one of the few hundred appends.
  const runner = new CommandRunner(deps.store, { waitFor: () => Promise.resolve() });
  const teams = runner.aggregate(() => PRODUCT_TEAMS_STREAM, productTeamsDecider);
  const itemStory = runner.aggregate(
    (commands: FeedbackItemCommand[]) => feedbackItemStream(commands[0]!.data.itemId),
    story(feedbackItemDecider),
  );
  const topicStory = runner.aggregate(
    (commands: FeedbackTopicCommand[]) => feedbackTopicStream(commands[0]!.data.topicId),
    story(feedbackTopicDecider),
  );
  const surveyStory = runner.aggregate(
    (commands: SurveyCommand[]) => surveyStream(commands[0]!.data.surveyId),
    story(surveyDecider),
  );
  const misses = runner.aggregate(
    (command: { type: 'RecordSearchWithoutResults'; data: { normalizedQuery: string; at: string } }) =>
      searchMissStream(
        command.data.at.slice(0, 10),
        createHash('sha256').update(command.data.normalizedQuery).digest('hex').slice(0, 16),
      ),
    searchMissDecider,
  );
  const start = now().getTime();
  const at = (minutesAgo: number) => new Date(start - minutesAgo * MINUTE).toISOString();
  const check = (outcome: Outcome, what: string) => {
    if (!outcome.ok) throw new Error(`Seeding ${what} failed: ${outcome.error?.code} ${outcome.error?.message}`);
  };
  const team = { teamId: DEMO_TEAM.teamId, by: SYSTEM, at: at(PLAN_DAYS_MINUTES + 60) };

  // A finished seed wrote its last item: nothing to do.
  if (options.alreadySeeded?.()) return report;

  // First the team owning the demo products, with pouya, so topics can be forwarded while the rest is written.
  const defined = {
    type: 'DefineProductTeam' as const,
    data: { ...team, name: DEMO_TEAM.name, products: DEMO_TEAM.products },
  };
  check(await teams(defined, 'demo-feedback-team', ACTOR), 'the product team');
  for (const staffId of DEMO_TEAM.members)
    check(
      await teams({ type: 'AddProductTeamMember', data: { ...team, staffId } }, `demo-feedback-team-${staffId}`, ACTOR),
      staffId,
    );
  // Every story is its own stream: several are written at once, so the seed waits on the store less.
  await inParallel(plan.topics, async (topic) => {
    const commands = topicStoryOf(topic, CAPTURING_STAFF[2]!, at);
    check(await topicStory(commands, `demo-feedback-topic-${topic.topicId}`, ACTOR), topic.topicId);
    report.topics++;
  });
  await inParallel(surveyStoriesOf(plan, at), async (survey) => {
    check(await surveyStory(survey.commands, `demo-feedback-survey-${survey.surveyId}`, ACTOR), survey.surveyId);
    report.surveyAnswers += survey.answers;
  });
  const searches = DEMO_NOT_FOUND.flatMap((miss) => Array.from({ length: miss.times }, (_, time) => ({ miss, time })));
  await inParallel(searches, async ({ miss, time }) => {
    const when = at((time * 9 + 2) * 24 * 60 + time * 37);
    const data = { query: miss.query, normalizedQuery: normalizeText(miss.query), locale: miss.language, at: when };
    const commandId = `demo-feedback-miss-${miss.query}-${time}`;
    check(await misses({ type: 'RecordSearchWithoutResults', data }, commandId, ACTOR), miss.query);
    report.searchMisses++;
  });
  // The items last, and the plan's last item alone after all the others: its presence marks a finished seed.
  const writeItem = async (item: PlannedItem) => {
    check(await itemStory(itemStoryOf(item, at), `demo-feedback-item-${item.itemId}`, ACTOR), item.itemId);
    report.items++;
  };
  await inParallel(plan.items.slice(0, -1), writeItem);
  await writeItem(plan.items[plan.items.length - 1]!);
  await deps.runner.waitUntilCaughtUp();
  return report;
}

const PLAN_DAYS_MINUTES = 91 * 24 * 60;
/** Streams written at once. */
const PARALLEL = 8;

/** `work` for every entry, at most `PARALLEL` at a time; the first failure fails it all. */
async function inParallel<T>(entries: readonly T[], work: (entry: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < entries.length) await work(entries[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, entries.length) }, worker));
}

type Outcome = { ok: boolean; error?: { code: string; message: string } };
