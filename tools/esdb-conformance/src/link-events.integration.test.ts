/**
 * Link events written by a client (`$>`, data `<revision>@<stream>`): read with `resolveLinkTos`,
 * `event` is the linked event and `link` the link, with the link's position; without it the link
 * is the event. A link that cannot be followed (nothing there, a deleted stream, a truncated
 * event) comes back as the link alone, `event` unset.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  START,
  binaryEvent,
  jsonEvent,
  streamNameFilter,
  type AppendResult,
  type ResolvedEvent,
} from '@eventstore/db-client';
import { Recorder } from './test-support/recorder';
import { collect, testEvents, uniqueStream, useClient } from './test-support/store';

const linkTo = (revision: number | bigint, stream: string) =>
  binaryEvent({ type: '$>', data: Buffer.from(`${revision}@${stream}`) });

/** What a resolved read shows of one entry: the event it resolved to and the link. */
const shape = (e: ResolvedEvent) => ({
  event: e.event && { stream: e.event.streamId, revision: e.event.revision, type: e.event.type, id: e.event.id },
  link: e.link && { stream: e.link.streamId, revision: e.link.revision, type: e.link.type },
});

describe('link events', () => {
  const client = useClient();
  const target = uniqueStream('link-target');
  const links = uniqueStream('link-source');
  const gone = uniqueStream('link-gone');
  const tombstoned = uniqueStream('link-tombstoned');
  let targetIds: string[];
  const appended: AppendResult[] = [];

  beforeAll(async () => {
    const events = testEvents(3, 'ConformanceLinked');
    targetIds = events.map((e) => e.id);
    await client.appendToStream(target, events);
    await client.appendToStream(gone, testEvents(1));
    await client.appendToStream(tombstoned, testEvents(1));
    // One append per link, so that each link's position is known.
    for (const link of [
      linkTo(2, target),
      linkTo(0, target),
      linkTo(9, target),
      linkTo(0, gone),
      linkTo(0, tombstoned),
    ])
      appended.push(await client.appendToStream(links, link));
    await client.deleteStream(gone);
    await client.tombstoneStream(tombstoned);
  });

  const expected = () => [
    { event: { stream: target, revision: 2n, type: 'ConformanceLinked', id: targetIds[2] }, link: linkAt(0) },
    { event: { stream: target, revision: 0n, type: 'ConformanceLinked', id: targetIds[0] }, link: linkAt(1) },
    { event: undefined, link: linkAt(2) },
    { event: undefined, link: linkAt(3) },
    { event: undefined, link: linkAt(4) },
  ];
  const linkAt = (revision: number) => ({ stream: links, revision: BigInt(revision), type: '$>' });

  it('readStream with resolveLinkTos answers the linked event and the link', async () => {
    const read = await collect(client.readStream(links, { resolveLinkTos: true }));
    expect(read.map(shape)).toEqual(expected());
    const [first] = read;
    expect(first!.event!.data).toEqual({ index: 2 });
    expect(first!.link!.data).toEqual(new Uint8Array(Buffer.from(`2@${target}`)));
    // The linked event keeps its own position; the entry's position is the link's.
    const [original] = await collect(client.readStream(target, { fromRevision: 2n, maxCount: 1 }));
    expect(first!.event!.position).toEqual(original!.event!.position);
    expect(first!.link!.position).toEqual(appended[0]!.position);
    expect(first!.commitPosition).toBe(appended[0]!.position!.commit);
  });

  it('readStream without resolveLinkTos answers the links as events', async () => {
    const read = await collect(client.readStream(links));
    expect(read.map((e) => [e.event!.type, e.event!.revision, e.link])).toEqual(
      [0n, 1n, 2n, 3n, 4n].map((r) => ['$>', r, undefined]),
    );
  });

  it('readAll with resolveLinkTos resolves each link where it sits in $all', async () => {
    const read: ResolvedEvent[] = [];
    for (const { position } of appended)
      read.push(...(await collect(client.readAll({ fromPosition: position!, maxCount: 1, resolveLinkTos: true }))));
    expect(read.map(shape)).toEqual(expected());
    expect(read.map((e) => e.commitPosition)).toEqual(appended.map((a) => a.position!.commit));
    const [plain] = await collect(client.readAll({ fromPosition: appended[0]!.position!, maxCount: 1 }));
    expect([plain!.event!.type, plain!.link]).toEqual(['$>', undefined]);
  });

  /** Subscribes, writes one more link once caught up, and answers every entry up to it. */
  async function subscribed(subscribe: () => Recorder): Promise<ResolvedEvent[]> {
    const recorder = subscribe();
    try {
      await recorder.waitFor('caughtUp', (r) => r.count('caughtUp') === 1);
      const { nextExpectedRevision } = await client.appendToStream(links, linkTo(1, target));
      await recorder.waitFor('the live link', (r) => r.events().some((e) => e.link?.revision === nextExpectedRevision));
      expect(recorder.errors()).toEqual([]);
      return recorder.events();
    } finally {
      await recorder.stop();
    }
  }

  it('subscribeToStream and subscribeToAll with resolveLinkTos resolve history and live links', async () => {
    const live = { event: { stream: target, revision: 1n, type: 'ConformanceLinked', id: targetIds[1] } };
    const toStream = await subscribed(
      () => new Recorder(client.subscribeToStream(links, { fromRevision: START, resolveLinkTos: true })),
    );
    expect(toStream.map(shape)).toEqual([...expected(), { ...live, link: linkAt(5) }]);

    const toAll = await subscribed(
      () =>
        new Recorder(
          client.subscribeToAll({
            fromPosition: START,
            resolveLinkTos: true,
            filter: streamNameFilter({ prefixes: [links] }),
          }),
        ),
    );
    // Link 5 is history by now; link 6 came live.
    expect(toAll.map(shape)).toEqual([...expected(), { ...live, link: linkAt(5) }, { ...live, link: linkAt(6) }]);
  });

  it('follows a link to a link no further than one step, as EventStoreDB does', async () => {
    const chain = uniqueStream('link-chain');
    await client.appendToStream(chain, linkTo(0, links));
    const [read] = await collect(client.readStream(chain, { resolveLinkTos: true }));
    expect(shape(read!)).toEqual({
      event: { stream: links, revision: 0n, type: '$>', id: read!.event!.id },
      link: { stream: chain, revision: 0n, type: '$>' },
    });
    // A link whose data names no event is answered as a link that cannot be followed.
    const bad = uniqueStream('link-bad');
    await client.appendToStream(bad, [
      binaryEvent({ type: '$>', data: Buffer.from('not a link') }),
      jsonEvent({ type: '$>', data: { revision: 0, stream: target } }),
    ]);
    const badRead = await collect(client.readStream(bad, { resolveLinkTos: true }));
    expect(badRead.map((e) => [e.event, e.link?.revision])).toEqual([
      [undefined, 0n],
      [undefined, 1n],
    ]);
  });
});
