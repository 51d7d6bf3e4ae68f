/**
 * Where a persistent subscription group reads next: a revision of its stream, or an index into
 * `$all` (through its filter). Starts after the checkpoint, or else where the group said.
 */
import type { StoredEvent } from '../storage/record';
import type { Store } from '../store';
import { ALL, type GroupDefinition, type GroupFilter } from './settings';

export function filterMatcher(filter: GroupFilter | undefined): (event: StoredEvent) => boolean {
  if (!filter) return () => true;
  const regex = filter.regex ? new RegExp(filter.regex) : undefined;
  return (event) => {
    const value = filter.on === 'stream' ? event.stream : event.type;
    return (
      (filter.prefixes.length === 0 && !regex) ||
      filter.prefixes.some((p) => value.startsWith(p)) ||
      (regex !== undefined && regex.test(value))
    );
  };
}

export class GroupCursor {
  /** The next revision (stream) or `$all` index to read. */
  nextSeq: number;
  private readonly all: boolean;
  private readonly matches: (event: StoredEvent) => boolean;

  constructor(
    private readonly store: Store,
    private readonly definition: GroupDefinition,
    checkpoint: number | undefined,
  ) {
    this.all = definition.source === ALL;
    this.matches = filterMatcher(definition.filter);
    const start = definition.settings.startFrom;
    if (this.all) {
      if (checkpoint !== undefined) this.nextSeq = store.indexOfPosition(checkpoint, true);
      else if (start.kind === 'end') this.nextSeq = store.durableEvents;
      else if (start.kind === 'position') this.nextSeq = store.indexOfPosition(start.position, false);
      else this.nextSeq = 0;
    } else {
      const { last } = store.streamRevisions(definition.source);
      if (checkpoint !== undefined) this.nextSeq = checkpoint + 1;
      else if (start.kind === 'end') this.nextSeq = last + 1;
      else if (start.kind === 'revision') this.nextSeq = start.revision;
      else this.nextSeq = 0;
    }
  }

  /** The next durable event for the group, if there is one yet. */
  next(): { event: StoredEvent; seq: number } | undefined {
    if (this.all) {
      while (this.nextSeq < this.store.durableEvents) {
        const seq = this.nextSeq++;
        const event = this.store.eventAt(seq);
        if (this.matches(event)) return { event, seq };
      }
      return undefined;
    }
    const { last, events } = this.store.streamRevisions(this.definition.source);
    if (last < 0 || this.nextSeq > last) return undefined;
    this.nextSeq = Math.max(
      this.nextSeq,
      this.store.lowestVisible(this.store.metadataOf(this.definition.source), last),
    );
    if (this.nextSeq > last) return undefined;
    const seq = this.nextSeq++;
    return { event: events[seq]!, seq };
  }

  /** Whether everything durable so far has been read. */
  atEnd(): boolean {
    if (this.all) return this.nextSeq >= this.store.durableEvents;
    return this.nextSeq > this.store.streamRevisions(this.definition.source).last;
  }

  /** The last event read: its revision, or its `$all` position. */
  lastKnown(): number | undefined {
    return this.checkpointBefore(this.nextSeq);
  }

  /** The checkpoint value that resumes at `seq`: the revision, or the `$all` position, before it. */
  checkpointBefore(seq: number): number | undefined {
    if (seq <= 0) return undefined;
    return this.all ? this.store.eventAt(seq - 1).position : seq - 1;
  }
}
