/**
 * The triage read model: every feedback item, topic and product team, the catalogue's products and
 * versions (folded from the customers context), the similarity features of each item and an
 * index from feature to items (for suggestions), and what the loop back still owes: each answer
 * (and each fix release) to every reporter of its topic, until its delivery is recorded, and the
 * fixes whose version has since shipped. Everything here is derived from events, so after a
 * restart the replay knows exactly what is still owed.
 */
import { assertNever } from '@deskstream/domain-kit';
import type { CatalogueEvent } from '@deskstream/customers-domain';
import {
  textFeatures,
  type FeedbackDeliveryOccasion,
  type FeedbackItemEvent,
  type FeedbackTopicEvent,
  type ProductTeamEvent,
  type TextFeatures,
} from '@deskstream/feedback-domain';
import type { FeedbackItemRecord, FeedbackTopicRecord, ProductTeamRecord } from './records';
import { applyTeamEvent } from './team-records';
import { VoteComments } from './vote-comments';

/** One delivery the loop back owes: an answer (or its fix release) to one item's reporter. */
export interface DueDelivery {
  itemId: string;
  topicId: string;
  answerId: string;
  occasion: FeedbackDeliveryOccasion;
}

/** A FIXED answer whose version appeared in the catalogue after the answer: its users are told. */
export interface DueFixRelease {
  topicId: string;
  answerId: string;
  version: string;
}

export interface TriageCatalogueProduct {
  key: string;
  name: string;
  versions: Set<string>;
}

const dueKey = (due: DueDelivery) => `${due.itemId}|${due.answerId}|${due.occasion}`;

export class FeedbackTriageReadModel {
  readonly items = new Map<string, FeedbackItemRecord>();
  readonly topics = new Map<string, FeedbackTopicRecord>();
  readonly teams = new Map<string, ProductTeamRecord>();
  readonly products = new Map<string, TriageCatalogueProduct>();
  readonly features = new Map<string, TextFeatures>();
  /** Feature → the items that have it. */
  readonly itemsByFeature = new Map<string, Set<string>>();
  readonly topicFeatures = new Map<string, TextFeatures>();
  /** Deliveries owed, in the order they fell due. */
  readonly dueDeliveries = new Map<string, DueDelivery>();
  readonly dueFixReleases = new Map<string, DueFixRelease>();
  /** Knowledge-base "not helpful" votes with a comment, not yet in the queue. */
  readonly votes = new VoteComments();
  /** FIXED answers waiting for their version to ship: `<product>|<version>` → answers. */
  private readonly awaitingVersion = new Map<string, DueFixRelease[]>();
  private sequence = 0;

  item(id: string): FeedbackItemRecord | undefined {
    return this.items.get(id);
  }

  topic(id: string): FeedbackTopicRecord | undefined {
    return this.topics.get(id);
  }

  /** The team owning a product, if one does. */
  teamOwning(product: string | null): ProductTeamRecord | undefined {
    if (product === null) return undefined;
    for (const team of this.teams.values()) if (team.products.includes(product)) return team;
    return undefined;
  }

  teamsOf(staffId: string): ProductTeamRecord[] {
    return [...this.teams.values()].filter((team) => team.members.includes(staffId));
  }

  applyItem(event: FeedbackItemEvent): boolean {
    const { data } = event;
    if (event.type === 'FeedbackCaptured') {
      if (this.items.has(data.itemId)) return false;
      const { itemId, capturedBy, at, ...rest } = event.data;
      this.items.set(itemId, {
        ...rest,
        id: itemId,
        capturedBy,
        capturedAt: at,
        state: 'OPEN',
        dismissal: null,
        topicId: null,
        deliveries: [],
        sequence: ++this.sequence,
      });
      this.index(itemId, textFeatures(event.data.text));
      if (rest.source.kind === 'ARTICLE_VOTE' && rest.source.eventId) this.votes.markCaptured(rest.source.eventId);
      return true;
    }
    const item = this.items.get(data.itemId);
    if (!item) return false;
    switch (event.type) {
      case 'FeedbackClassified': {
        const { product, version, build, kind, severity, tags } = event.data;
        Object.assign(item, { product, version, build, kind, severity, tags });
        return true;
      }
      case 'FeedbackDismissed':
        item.state = 'DISMISSED';
        item.dismissal = { ...event.data };
        return true;
      case 'FeedbackRestored':
        item.state = item.topicId ? 'GROUPED' : 'OPEN';
        item.dismissal = null;
        return true;
      case 'FeedbackGrouped':
        return this.group(item, event.data.topicId, event.data.at);
      case 'FeedbackUngrouped':
        return this.ungroup(item, event.data.topicId, event.data.at);
      case 'FeedbackAnswerDelivered':
      case 'FeedbackAnswerUndeliverable': {
        const delivered = event.type === 'FeedbackAnswerDelivered';
        item.deliveries.push({
          answerId: event.data.answerId,
          topicId: event.data.topicId,
          occasion: event.data.occasion,
          delivered,
          channel: delivered ? event.data.channel : null,
          mailId: delivered ? event.data.mailId : null,
          ticketId: delivered ? event.data.ticketId : null,
          language: delivered ? event.data.language : null,
          reason: delivered ? null : event.data.reason,
          at: event.data.at,
        });
        this.dueDeliveries.delete(dueKey({ ...event.data }));
        const topic = this.topics.get(event.data.topicId);
        if (topic) topic.updatedAt = event.data.at;
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  applyTopic(event: FeedbackTopicEvent): boolean {
    if (event.type === 'FeedbackTopicOpened') {
      if (this.topics.has(event.data.topicId)) return false;
      const { topicId, title, product, kind, by, at } = event.data;
      this.topics.set(topicId, {
        id: topicId,
        title,
        product,
        kind,
        openedBy: by,
        openedAt: at,
        teamId: null,
        forwardedAt: null,
        answers: [],
        itemIds: new Set(),
        updatedAt: at,
        sequence: ++this.sequence,
      });
      this.topicFeatures.set(topicId, textFeatures(title));
      return true;
    }
    const topic = this.topics.get(event.data.topicId);
    if (!topic) return false;
    topic.updatedAt = event.data.at;
    switch (event.type) {
      case 'FeedbackTopicRenamed':
        topic.title = event.data.title;
        this.topicFeatures.set(topic.id, textFeatures(topic.title));
        return true;
      case 'FeedbackTopicForwarded':
        topic.teamId = event.data.teamId;
        topic.forwardedAt = event.data.at;
        return true;
      case 'FeedbackTopicAnswered': {
        const { answerId, status, version, reason, note, by, at } = event.data;
        topic.answers.push({ id: answerId, status, version, reason, note, by, at, fixReleasedAt: null });
        for (const itemId of topic.itemIds) this.owe({ itemId, topicId: topic.id, answerId, occasion: 'ANSWER' });
        if (status === 'FIXED' && version && topic.product)
          this.awaitVersion(topic.product, version, topic.id, answerId);
        return true;
      }
      case 'FeedbackTopicFixReleased': {
        const answer = topic.answers.find((given) => given.id === event.data.answerId);
        if (answer) answer.fixReleasedAt = event.data.at;
        this.dueFixReleases.delete(`${topic.id}|${event.data.answerId}`);
        for (const itemId of topic.itemIds)
          this.owe({ itemId, topicId: topic.id, answerId: event.data.answerId, occasion: 'FIX_RELEASED' });
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  applyTeam(event: ProductTeamEvent): boolean {
    return applyTeamEvent(this.teams, event);
  }

  applyCatalogue(event: CatalogueEvent): boolean {
    const { productKey } = event.data;
    switch (event.type) {
      case 'ProductDefined':
        this.products.set(productKey, { key: productKey, name: event.data.name, versions: new Set() });
        return true;
      case 'ProductChanged': {
        const product = this.products.get(productKey);
        if (product) product.name = event.data.name;
        return Boolean(product);
      }
      case 'ProductVersionAdded': {
        const product = this.products.get(productKey);
        product?.versions.add(event.data.version);
        const waiting = this.awaitingVersion.get(`${productKey}|${event.data.version}`) ?? [];
        for (const due of waiting) this.dueFixReleases.set(`${due.topicId}|${due.answerId}`, due);
        this.awaitingVersion.delete(`${productKey}|${event.data.version}`);
        return true;
      }
      default:
        return assertNever(event);
    }
  }

  /** A FIXED answer's version: told at once when it has shipped, else when the catalogue brings it. */
  private awaitVersion(product: string, version: string, topicId: string, answerId: string) {
    if (this.products.get(product)?.versions.has(version)) return;
    const key = `${product}|${version}`;
    this.awaitingVersion.set(key, [...(this.awaitingVersion.get(key) ?? []), { topicId, answerId, version }]);
  }

  private owe(due: DueDelivery) {
    const item = this.items.get(due.itemId);
    const done = item?.deliveries.some((given) => given.answerId === due.answerId && given.occasion === due.occasion);
    if (!done) this.dueDeliveries.set(dueKey(due), due);
  }

  private group(item: FeedbackItemRecord, topicId: string, at: string): boolean {
    const topic = this.topics.get(topicId);
    item.topicId = topicId;
    item.state = 'GROUPED';
    if (!topic) return true;
    topic.itemIds.add(item.id);
    topic.updatedAt = at;
    // A reporter joining an answered topic is told its latest answer (and that answer's release).
    const latest = topic.answers.at(-1);
    if (latest) {
      this.owe({ itemId: item.id, topicId, answerId: latest.id, occasion: 'ANSWER' });
      if (latest.fixReleasedAt) this.owe({ itemId: item.id, topicId, answerId: latest.id, occasion: 'FIX_RELEASED' });
    }
    return true;
  }

  private ungroup(item: FeedbackItemRecord, topicId: string, at: string): boolean {
    const topic = this.topics.get(topicId);
    if (item.topicId === topicId) {
      item.topicId = null;
      item.state = item.dismissal ? 'DISMISSED' : 'OPEN';
    }
    for (const [key, due] of this.dueDeliveries)
      if (due.itemId === item.id && due.topicId === topicId) this.dueDeliveries.delete(key);
    if (topic) {
      topic.itemIds.delete(item.id);
      topic.updatedAt = at;
    }
    return true;
  }

  private index(itemId: string, features: TextFeatures) {
    this.features.set(itemId, features);
    for (const feature of features.keys()) {
      let ids = this.itemsByFeature.get(feature);
      if (!ids) this.itemsByFeature.set(feature, (ids = new Set()));
      ids.add(itemId);
    }
  }
}
