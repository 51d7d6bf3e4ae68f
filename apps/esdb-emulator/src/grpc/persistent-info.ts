/** PersistentSubscriptions GetInfo and List (to a stream or to `$all`), and RestartSubsystem. */
import type { GetInfoReq, ListReq } from '@eventstore/db-client/generated/persistent_pb';
import type { Store } from '../store';
import { subscriptionInfo } from '../persistent/info';
import type { Registry } from '../persistent/registry';
import { ALL } from '../persistent/settings';
import { RequestError, streamName } from './convert';
import { invalidArgument } from './errors';
import { groupError, unary } from './persistent-common';
import { persistentPb, sharedPb } from './proto';

export function infoHandlers(store: Store, registry: Registry) {
  return {
    getInfo: unary<GetInfoReq>(async (request) => {
      const options = request.getOptions();
      if (!options) throw new RequestError(invalidArgument('GetInfo needs its options.'));
      const source = options.hasAll() ? ALL : streamName(options.getStreamIdentifier());
      const group = registry.get(source, options.getGroupName());
      if (!group) throw groupError('does-not-exist', source, options.getGroupName());
      return new persistentPb.GetInfoResp().setSubscriptionInfo(subscriptionInfo(store, group));
    }),
    restartSubsystem: unary<unknown>(async () => {
      await registry.restart();
      return new sharedPb.Empty();
    }),
    list: unary<ListReq>(async (request) => {
      const options = request.getOptions();
      if (!options) throw new RequestError(invalidArgument('List needs its options.'));
      let source: string | undefined;
      if (options.hasListForStream()) {
        const forStream = options.getListForStream()!;
        source = forStream.hasAll() ? ALL : streamName(forStream.getStream());
      }
      const groups = registry.list(source);
      // EventStoreDB answers a source with no groups as a subscription that does not exist.
      if (source !== undefined && groups.length === 0) throw groupError('does-not-exist', source, '');
      return new persistentPb.ListResp().setSubscriptionsList(groups.map((g) => subscriptionInfo(store, g)));
    }),
  };
}
