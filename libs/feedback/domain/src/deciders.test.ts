import { deciderSpec } from '@deskstream/domain-kit/testing';
import { describe, it } from 'vitest';
import {
  emptyFeedbackSource,
  type FeedbackActor,
  type FeedbackItemEvent,
  type FeedbackTopicEvent,
} from './feedback-events';
import { feedbackItemDecider } from './item-decider';
import { feedbackTopicDecider } from './topic-decider';
import { productTeamsDecider } from './team-decider';

const by: FeedbackActor = { kind: 'staff', id: 'ana' };
const at = '2026-12-01T10:00:00.000Z';
const classification = {
  product: 'jame-feqh',
  version: '2.0',
  build: null,
  kind: 'BUG' as const,
  severity: 'HIGH' as const,
  tags: ['search'],
};
const captureData = {
  itemId: 'i1',
  source: { ...emptyFeedbackSource('CHAT_MESSAGE'), chatId: 'c1', messageId: 'm1', eventId: 'e1' },
  channel: 'CHAT' as const,
  text: '  Search crashes with error E-42  ',
  ...classification,
  tags: [' Search ', 'search'],
  reporter: {
    kind: 'CUSTOMER' as const,
    customerId: null,
    ticketId: null,
    personal: { name: 'Sara', email: 'sara@example.org', phone: null },
  },
  language: 'en' as const,
  capturedBy: by,
  at,
};
const captured: FeedbackItemEvent = {
  type: 'FeedbackCaptured',
  data: { ...captureData, text: 'Search crashes with error E-42', tags: ['search'] },
};

describe('a feedback item', () => {
  const given = deciderSpec(feedbackItemDecider);

  it('is captured once, its text trimmed and tags cleaned; a retry finds it', () => {
    given([]).when({ type: 'CaptureFeedback', data: captureData }).then([captured]);
    given([captured]).when({ type: 'CaptureFeedback', data: captureData }).then([]);
    given([])
      .when({ type: 'CaptureFeedback', data: { ...captureData, text: '   ' } })
      .then('FEEDBACK_TEXT_INVALID');
    given([])
      .when({ type: 'CaptureFeedback', data: { ...captureData, text: 'x'.repeat(4001) } })
      .then('FEEDBACK_TEXT_INVALID');
    given([])
      .when({ type: 'CaptureFeedback', data: { ...captureData, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) } })
      .then('FEEDBACK_TAGS_INVALID');
  });

  it('is classified when something changes', () => {
    const classify = {
      type: 'ClassifyFeedback' as const,
      data: { itemId: 'i1', by, at, ...classification, kind: 'USABILITY' as const },
    };
    given([captured])
      .when(classify)
      .then([{ type: 'FeedbackClassified', data: classify.data }]);
    given([captured])
      .when({ ...classify, data: { ...classify.data, kind: 'BUG' } })
      .then([]);
    given([]).when(classify).then('FEEDBACK_ITEM_NOT_FOUND');
  });

  it('is dismissed and restored; a duplicate names another item', () => {
    const dismiss = {
      type: 'DismissFeedback' as const,
      data: { itemId: 'i1', reason: 'SPAM' as const, duplicateOf: 'ignored', by, at },
    };
    const dismissed: FeedbackItemEvent = { type: 'FeedbackDismissed', data: { ...dismiss.data, duplicateOf: null } };
    given([captured]).when(dismiss).then([dismissed]);
    given([captured, dismissed]).when(dismiss).then([]);
    given([captured])
      .when({ ...dismiss, data: { ...dismiss.data, reason: 'DUPLICATE', duplicateOf: 'i1' } })
      .then('FEEDBACK_DUPLICATE_OF_REQUIRED');
    given([captured, dismissed])
      .when({ type: 'ClassifyFeedback', data: { itemId: 'i1', by, at, ...classification } })
      .then('FEEDBACK_ITEM_DISMISSED');
    given([captured, dismissed])
      .when({ type: 'RestoreFeedback', data: { itemId: 'i1', by, at } })
      .then([{ type: 'FeedbackRestored', data: { itemId: 'i1', by, at } }]);
    given([captured])
      .when({ type: 'RestoreFeedback', data: { itemId: 'i1', by, at } })
      .then([]);
  });

  it('is grouped into a topic, moved to another, and taken out', () => {
    const group = {
      type: 'GroupFeedback' as const,
      data: { itemId: 'i1', topicId: 't1', suggested: true, score: 0.8, by, at },
    };
    const grouped: FeedbackItemEvent = { type: 'FeedbackGrouped', data: group.data };
    given([captured]).when(group).then([grouped]);
    given([captured, grouped]).when(group).then([]);
    given([captured, grouped])
      .when({ ...group, data: { ...group.data, topicId: 't2', suggested: false, score: null } })
      .then([
        { type: 'FeedbackUngrouped', data: { itemId: 'i1', topicId: 't1', by, at } },
        { type: 'FeedbackGrouped', data: { ...group.data, topicId: 't2', suggested: false, score: null } },
      ]);
    given([captured, grouped])
      .when({ type: 'DismissFeedback', data: { itemId: 'i1', reason: 'NOISE', duplicateOf: null, by, at } })
      .then('FEEDBACK_ITEM_GROUPED');
    given([captured, grouped])
      .when({ type: 'UngroupFeedback', data: { itemId: 'i1', by, at } })
      .then([{ type: 'FeedbackUngrouped', data: { itemId: 'i1', topicId: 't1', by, at } }]);
  });

  it('records each answer’s delivery once per occasion', () => {
    const delivery = {
      itemId: 'i1',
      topicId: 't1',
      answerId: 'a1',
      occasion: 'ANSWER' as const,
      channel: 'MAIL' as const,
      mailId: 'mail-1',
      ticketId: null,
      language: 'en' as const,
      at,
    };
    const delivered: FeedbackItemEvent = { type: 'FeedbackAnswerDelivered', data: delivery };
    given([captured]).when({ type: 'RecordFeedbackDelivery', data: delivery }).then([delivered]);
    given([captured, delivered]).when({ type: 'RecordFeedbackDelivery', data: delivery }).then([]);
    const released = {
      itemId: 'i1',
      topicId: 't1',
      answerId: 'a1',
      occasion: 'FIX_RELEASED' as const,
      reason: 'NO_CONTACT' as const,
      at,
    };
    given([captured, delivered])
      .when({ type: 'RecordFeedbackDelivery', data: released })
      .then([{ type: 'FeedbackAnswerUndeliverable', data: released }]);
  });
});

describe('a feedback topic', () => {
  const given = deciderSpec(feedbackTopicDecider);
  const opened: FeedbackTopicEvent = {
    type: 'FeedbackTopicOpened',
    data: { topicId: 't1', title: 'Search crashes', product: 'jame-feqh', kind: 'BUG', by, at },
  };
  const forwarded: FeedbackTopicEvent = {
    type: 'FeedbackTopicForwarded',
    data: { topicId: 't1', teamId: 'team-1', by, at },
  };
  const answer = {
    type: 'AnswerFeedbackTopic' as const,
    data: {
      topicId: 't1',
      answerId: 'a1',
      status: 'FIXED' as const,
      version: ' 2.1 ',
      reason: 'n/a',
      note: null,
      by,
      at,
    },
  };
  const answered: FeedbackTopicEvent = {
    type: 'FeedbackTopicAnswered',
    data: { ...answer.data, version: '2.1', reason: null },
  };

  it('is opened once with a title, renamed, forwarded', () => {
    given([])
      .when({ type: 'OpenFeedbackTopic', data: { ...opened.data, title: '  Search   crashes ' } })
      .then([opened]);
    given([opened]).when({ type: 'OpenFeedbackTopic', data: opened.data }).then([]);
    given([])
      .when({ type: 'OpenFeedbackTopic', data: { ...opened.data, title: ' ' } })
      .then('FEEDBACK_TOPIC_TITLE_INVALID');
    given([opened])
      .when({ type: 'RenameFeedbackTopic', data: { topicId: 't1', title: 'Search crashes', by, at } })
      .then([]);
    given([opened])
      .when({ type: 'ForwardFeedbackTopic', data: { topicId: 't1', teamId: 'team-1', by, at } })
      .then([forwarded]);
    given([opened, forwarded])
      .when({ type: 'ForwardFeedbackTopic', data: { topicId: 't1', teamId: 'team-1', by, at } })
      .then([]);
  });

  it('is answered once forwarded, each answer once, with the version or reason its status needs', () => {
    given([opened]).when(answer).then('FEEDBACK_TOPIC_NOT_FORWARDED');
    given([opened, forwarded]).when(answer).then([answered]);
    given([opened, forwarded, answered]).when(answer).then([]);
    given([opened, forwarded])
      .when({ ...answer, data: { ...answer.data, version: null } })
      .then('FEEDBACK_ANSWER_VERSION_REQUIRED');
    given([opened, forwarded])
      .when({ ...answer, data: { ...answer.data, status: 'WONT_FIX', reason: ' ' } })
      .then('FEEDBACK_ANSWER_REASON_REQUIRED');
    given([opened, forwarded])
      .when({ ...answer, data: { ...answer.data, status: 'ACKNOWLEDGED', note: 'Thanks' } })
      .then([
        {
          type: 'FeedbackTopicAnswered',
          data: { ...answer.data, status: 'ACKNOWLEDGED', version: null, reason: null, note: 'Thanks' },
        },
      ]);
  });

  it('releases a fixed answer’s fix once, for its version', () => {
    const release = {
      type: 'ReleaseFeedbackFix' as const,
      data: { topicId: 't1', answerId: 'a1', version: '2.1', at },
    };
    const releasedEvent: FeedbackTopicEvent = { type: 'FeedbackTopicFixReleased', data: release.data };
    given([opened, forwarded, answered]).when(release).then([releasedEvent]);
    given([opened, forwarded, answered, releasedEvent]).when(release).then([]);
    given([opened, forwarded, answered])
      .when({ ...release, data: { ...release.data, version: '2.2' } })
      .then('FEEDBACK_ANSWER_NOT_FOUND');
  });
});

describe('product teams', () => {
  const given = deciderSpec(productTeamsDecider);
  const defined = {
    type: 'ProductTeamDefined' as const,
    data: { teamId: 'team-1', name: 'Noor', products: ['jame-feqh'], by, at },
  };

  it('are defined once; a product has one owner and a name one team', () => {
    given([])
      .when({ type: 'DefineProductTeam', data: { ...defined.data, products: ['jame-feqh', ' jame-feqh'] } })
      .then([defined]);
    given([defined]).when({ type: 'DefineProductTeam', data: defined.data }).then([]);
    given([defined])
      .when({ type: 'DefineProductTeam', data: { ...defined.data, teamId: 'team-2', name: 'noor ' } })
      .then('FEEDBACK_TEAM_NAME_TAKEN');
    given([defined])
      .when({ type: 'DefineProductTeam', data: { ...defined.data, teamId: 'team-2', name: 'Other' } })
      .then('FEEDBACK_PRODUCT_OWNED');
    given([defined])
      .when({ type: 'ChangeProductTeam', data: { ...defined.data, name: 'Noor' } })
      .then([]);
  });

  it('have members and a personal-data grant', () => {
    const add = { type: 'AddProductTeamMember' as const, data: { teamId: 'team-1', staffId: 'pouya', by, at } };
    const added = { type: 'ProductTeamMemberAdded' as const, data: add.data };
    given([defined]).when(add).then([added]);
    given([defined, added]).when(add).then([]);
    given([]).when(add).then('FEEDBACK_TEAM_NOT_FOUND');
    given([defined, added])
      .when({ type: 'RemoveProductTeamMember', data: add.data })
      .then([{ type: 'ProductTeamMemberRemoved', data: add.data }]);
    const grant = { teamId: 'team-1', by, at };
    given([defined])
      .when({ type: 'GrantTeamPersonalData', data: grant })
      .then([{ type: 'ProductTeamPersonalDataGranted', data: grant }]);
    given([defined]).when({ type: 'RevokeTeamPersonalData', data: grant }).then([]);
  });
});
