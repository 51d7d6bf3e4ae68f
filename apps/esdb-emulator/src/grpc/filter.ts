/** Server-side filters of `$all` reads and subscriptions, by stream name or event type. */
import type { ReadReq } from '@eventstore/db-client/generated/streams_pb';
import type { StoredEvent } from '../storage/record';
import { RequestError } from './convert';
import { invalidArgument } from './errors';

export interface EventFilter {
  matches(event: StoredEvent): boolean;
  /** Events considered between two checkpoints: window × multiplier. */
  checkpointInterval: number;
}

/** EventStoreDB's window when the client asks for `count` rather than a maximum. */
const DEFAULT_WINDOW = 32;

export function buildFilter(options: ReadReq.Options): EventFilter | undefined {
  if (!options.hasFilter()) return undefined;
  const filter = options.getFilter()!;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  if (!expression) throw new RequestError(invalidArgument('A filter needs a stream name or event type expression.'));
  const prefixes = expression.getPrefixList();
  const source = expression.getRegex();
  let regex: RegExp | undefined;
  if (source) {
    try {
      regex = new RegExp(source);
    } catch {
      throw new RequestError(
        invalidArgument(`Filter regex ${JSON.stringify(source)} is not a valid regular expression.`),
      );
    }
  }
  const window = filter.hasMax() && filter.getMax() > 0 ? filter.getMax() : DEFAULT_WINDOW;
  const multiplier = Math.max(1, filter.getCheckpointintervalmultiplier());
  const test = (value: string) =>
    (prefixes.length === 0 && !regex) ||
    prefixes.some((p) => value.startsWith(p)) ||
    (regex !== undefined && regex.test(value));
  return {
    matches: (event) => test(onStream ? event.stream : event.type),
    checkpointInterval: window * multiplier,
  };
}
