/** GetInfo and List: a group's settings and progress as `SubscriptionInfo`, in EventStoreDB's terms. */
import type { SubscriptionInfo } from '@eventstore/db-client/generated/persistent_pb';
import type { Store } from '../store';
import { persistentPb } from '../grpc/proto';
import type { Group } from './group';
import { ALL, parkedStreamOf, type StartFrom } from './settings';

/** How EventStoreDB writes a start: a revision (0 start, -1 end), or `C:<commit>/P:<prepare>`. */
function startFromText(start: StartFrom, all: boolean): string {
  const text = (n: number) => (all ? `C:${n}/P:${n}` : String(n));
  switch (start.kind) {
    case 'start':
      return text(0);
    case 'end':
      return text(-1);
    case 'revision':
      return String(start.revision);
    case 'position':
      return text(start.position);
  }
}

export function subscriptionInfo(store: Store, group: Group): SubscriptionInfo {
  const { source, group: name, settings } = group.definition;
  const all = source === ALL;
  const position = (n: number | undefined) => (n === undefined ? '' : all ? `C:${n}/P:${n}` : String(n));
  const stats = group.stats();
  const parked = store.readStream(parkedStreamOf(group.definition), 'start', 'forwards', Number.MAX_SAFE_INTEGER);
  const info = new persistentPb.SubscriptionInfo()
    .setEventSource(source)
    .setGroupName(name)
    .setStatus(stats.live ? 'Live' : 'CatchingUp')
    .setTotalItems(String(stats.delivered))
    .setCountSinceLastMeasurement('0')
    .setLastCheckpointedEventPosition(position(stats.lastCheckpoint))
    .setLastKnownEventPosition(position(stats.lastKnown))
    .setResolveLinkTos(settings.resolveLinks)
    .setStartFrom(startFromText(settings.startFrom, all))
    .setMessageTimeoutMilliseconds(settings.messageTimeoutMs)
    .setExtraStatistics(settings.extraStatistics ?? false)
    .setMaxRetryCount(settings.maxRetryCount)
    .setLiveBufferSize(settings.liveBufferSize ?? 0)
    .setBufferSize(settings.historyBufferSize ?? 0)
    .setReadBatchSize(settings.readBatchSize ?? 0)
    .setCheckPointAfterMilliseconds(settings.checkpointAfterMs)
    .setMinCheckPointCount(settings.minCheckpointCount)
    .setMaxCheckPointCount(settings.maxCheckpointCount)
    .setReadBufferCount(0)
    .setLiveBufferCount('0')
    .setRetryBufferCount(stats.retries)
    .setTotalInFlightMessages(stats.inFlight)
    .setOutstandingMessagesCount(stats.outstanding)
    .setNamedConsumerStrategy(settings.consumerStrategy)
    .setMaxSubscriberCount(settings.maxSubscriberCount)
    .setParkedMessageCount(String(parked.kind === 'found' ? parked.events.length : 0));
  for (const consumer of group.consumers) {
    info.addConnections(
      new persistentPb.SubscriptionInfo.ConnectionInfo()
        .setFrom(consumer.from)
        .setUsername('admin')
        .setTotalItems('0')
        .setCountSinceLastMeasurement('0')
        .setAvailableSlots(Math.max(0, consumer.bufferSize - consumer.inFlight))
        .setInFlightMessages(consumer.inFlight)
        .setConnectionName(consumer.connectionName),
    );
  }
  return info;
}
