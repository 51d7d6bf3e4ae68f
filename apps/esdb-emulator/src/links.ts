/**
 * Link events (`$>`): an event whose data says `<revision>@<stream>`. Read with `resolveLinkTos`,
 * EventStoreDB answers the linked event as `event` and the link as `link`; a link it cannot
 * follow (the target deleted, truncated, expired, never written, or data it cannot parse) comes
 * back as the link alone, `event` unset.
 */
import type { StoredEvent } from './storage/record';
import type { StoreIndex } from './store-index';

export const LINK_EVENT_TYPE = '$>';

/** The revision and stream a link's data names, as EventStoreDB parses it; undefined if it cannot. */
export function linkTarget(data: Buffer): { revision: number; stream: string } | undefined {
  const text = data.toString('utf8');
  const at = text.indexOf('@');
  if (at < 0) return undefined;
  const number = text.slice(0, at).trim();
  if (!/^[+-]?\d+$/.test(number)) return undefined;
  const revision = Number(number);
  if (!Number.isSafeInteger(revision)) return undefined;
  return { revision, stream: text.slice(at + 1) };
}

/** The event a link points to, if a reader may see it. */
export function resolveLink(store: StoreIndex, link: StoredEvent): StoredEvent | undefined {
  const target = linkTarget(link.data);
  return target && store.visibleEvent(target.stream, target.revision);
}
