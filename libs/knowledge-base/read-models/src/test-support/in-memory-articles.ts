/**
 * Article commands without a store, for read-model, seed and page tests: streams kept in a map,
 * the decider folded and run as `handleCommand` would (a repeated command id decides nothing new),
 * and every event applied at once through the real projections.
 */
import { fold, isRejection, type Actor } from '@deskstream/domain-kit';
import type { CommandOutcome, Projection, RecordedEvent } from '@deskstream/event-sourcing';
import {
  articleDecider,
  type ArticleCommand,
  type ArticleEvent,
  type KnowledgeBaseErrorReason,
  type KnowledgeBaseEvent,
} from '@deskstream/knowledge-base-domain';
import { knowledgeBaseProjections } from '../projections';
import type { KnowledgeBaseReadModel } from '../read-model';

let sequence = 0;

/** Wraps a domain event as the runner hands it to projections. */
export function recorded<E extends KnowledgeBaseEvent>(event: E, streamName = 'test'): RecordedEvent<E> {
  sequence++;
  return {
    ...event,
    id: `event-${sequence}`,
    streamName,
    revision: BigInt(sequence),
    position: { commit: BigInt(sequence), prepare: BigInt(sequence) },
    createdAt: new Date(0),
    metadata: { correlationId: 'c', causationId: 'c', actor: { kind: 'system', id: 'test' }, schema: 1 },
  } as RecordedEvent<E>;
}

export function applyAll(readModel: KnowledgeBaseReadModel, events: KnowledgeBaseEvent[]): void {
  const projections = knowledgeBaseProjections(readModel) as Projection<KnowledgeBaseEvent>[];
  for (const event of events) {
    for (const projection of projections)
      if ((projection.handles as readonly string[]).includes(event.type)) projection.apply(recorded(event));
  }
}

export class InMemoryArticles {
  readonly streams = new Map<string, ArticleEvent[]>();
  private readonly commandIds = new Set<string>();
  commandsRun = 0;

  constructor(private readonly readModel: KnowledgeBaseReadModel) {}

  async article(
    command: ArticleCommand,
    commandId: string,
    _actor: Actor,
  ): Promise<CommandOutcome<ArticleEvent, KnowledgeBaseErrorReason>> {
    this.commandsRun++;
    if (this.commandIds.has(commandId)) return { ok: true, events: [] };
    const history = this.streams.get(command.data.articleId) ?? [];
    const decision = articleDecider.decide(command, fold(articleDecider, history));
    if (isRejection(decision)) return { ok: false, error: decision };
    this.commandIds.add(commandId);
    this.streams.set(command.data.articleId, [...history, ...decision]);
    applyAll(this.readModel, [...decision]);
    return { ok: true, events: [...decision] };
  }
}
