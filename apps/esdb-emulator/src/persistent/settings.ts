/**
 * A persistent subscription group's definition: what it reads (a stream, or `$all` with an
 * optional filter), where it starts, and its settings, as EventStoreDB takes them from Create and
 * Update and keeps them in `$persistentSubscriptionConfig`.
 */
export type ConsumerStrategy = 'RoundRobin' | 'DispatchToSingle' | 'Pinned';

export interface GroupFilter {
  on: 'stream' | 'event-type';
  regex?: string;
  prefixes: string[];
}

export type StartFrom =
  { kind: 'start' } | { kind: 'end' } | { kind: 'revision'; revision: number } | { kind: 'position'; position: number };

export interface GroupSettings {
  resolveLinks: boolean;
  startFrom: StartFrom;
  /** Deliveries after the first before a message is parked. */
  maxRetryCount: number;
  messageTimeoutMs: number;
  /** 0: any number of consumers. */
  maxSubscriberCount: number;
  checkpointAfterMs: number;
  minCheckpointCount: number;
  maxCheckpointCount: number;
  consumerStrategy: ConsumerStrategy;
  /** Kept and shown back (GetInfo); the emulator needs no such buffers. */
  extraStatistics?: boolean;
  liveBufferSize?: number;
  readBatchSize?: number;
  historyBufferSize?: number;
}

export interface GroupDefinition {
  /** The stream read, or `$all`. */
  source: string;
  group: string;
  filter?: GroupFilter;
  settings: GroupSettings;
}

export const ALL = '$all';

/** EventStoreDB's stream names for a group's checkpoints and parked messages. */
export const checkpointStreamOf = (d: Pick<GroupDefinition, 'source' | 'group'>) =>
  `$persistentsubscription-${d.source}::${d.group}-checkpoint`;
export const parkedStreamOf = (d: Pick<GroupDefinition, 'source' | 'group'>) =>
  `$persistentsubscription-${d.source}::${d.group}-parked`;
export const groupKey = (source: string, group: string) => `${source}::${group}`;

/** The largest uint64: the client's "from the end" for a stream group. */
const END_REVISION = '18446744073709551615';

const STRATEGIES: ConsumerStrategy[] = ['DispatchToSingle', 'RoundRobin', 'Pinned'];

/** The generated Create/Update settings message, read through the getters both share. */
export interface WireSettings {
  getResolveLinks(): boolean;
  getRevision(): string;
  getMaxRetryCount(): number;
  getMessageTimeoutMs(): number;
  getMaxSubscriberCount(): number;
  getCheckpointAfterMs(): number;
  getMinCheckpointCount(): number;
  getMaxCheckpointCount(): number;
  getNamedConsumerStrategy(): number;
  getExtraStatistics(): boolean;
  getLiveBufferSize(): number;
  getReadBatchSize(): number;
  getHistoryBufferSize(): number;
}

/** Settings from a request; `startFrom` from the request's own start option when it has one. */
export function settingsFrom(wire: WireSettings, startFrom?: StartFrom, consumerStrategy?: string): GroupSettings {
  const revision = wire.getRevision();
  const named = consumerStrategy && (STRATEGIES as string[]).includes(consumerStrategy);
  return {
    resolveLinks: wire.getResolveLinks(),
    startFrom:
      startFrom ??
      (revision === END_REVISION ? { kind: 'end' } : { kind: 'revision', revision: Number(revision || '0') }),
    maxRetryCount: Math.max(0, wire.getMaxRetryCount()),
    messageTimeoutMs: Math.max(0, wire.getMessageTimeoutMs()),
    maxSubscriberCount: Math.max(0, wire.getMaxSubscriberCount()),
    checkpointAfterMs: Math.max(0, wire.getCheckpointAfterMs()),
    minCheckpointCount: Math.max(0, wire.getMinCheckpointCount()),
    maxCheckpointCount: Math.max(1, wire.getMaxCheckpointCount()),
    consumerStrategy: named
      ? (consumerStrategy as ConsumerStrategy)
      : (STRATEGIES[wire.getNamedConsumerStrategy()] ?? 'RoundRobin'),
    extraStatistics: wire.getExtraStatistics(),
    liveBufferSize: wire.getLiveBufferSize(),
    readBatchSize: wire.getReadBatchSize(),
    historyBufferSize: wire.getHistoryBufferSize(),
  };
}
