import { describe, expect, it } from 'vitest';
import { TOMBSTONE_REVISION, type StoredEvent } from '../storage/record';
import { streamsPb } from './proto';
import { encodeReadEvent, encodeResolvedLink } from './wire';

const event = (overrides: Partial<StoredEvent> = {}): StoredEvent => ({
  position: 123_456_789_012,
  stream: 'article-خطای-۱۶۰۳',
  revision: 300,
  id: '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e5f',
  type: 'ArticleRevised',
  contentType: 'application/json',
  created: 17_637_000_000_000_000n,
  metadata: Buffer.from('{"schema":1}'),
  data: Buffer.from('{"title":"エラー 1603"}'),
  ...overrides,
});

function decode(bytes: Buffer) {
  const response = streamsPb.ReadResp.deserializeBinary(bytes);
  const readEvent = response.getEvent()!;
  const recorded = readEvent.getEvent()!;
  const id = recorded.getId()!;
  return {
    commitPosition: readEvent.getCommitPosition(),
    id: id.hasString() ? id.getString() : id.getStructured()!.toObject(),
    stream: Buffer.from(recorded.getStreamIdentifier()!.getStreamName_asU8()).toString(),
    revision: recorded.getStreamRevision(),
    prepare: recorded.getPreparePosition(),
    commit: recorded.getCommitPosition(),
    metadata: Object.fromEntries(recorded.getMetadataMap().entries()),
    customMetadata: Buffer.from(recorded.getCustomMetadata_asU8()).toString(),
    data: Buffer.from(recorded.getData_asU8()).toString(),
  };
}

describe('the hand-written read response', () => {
  it("decodes with the client's own message classes to exactly the event", () => {
    expect(decode(encodeReadEvent(event()))).toEqual({
      commitPosition: '123456789012',
      id: '3f1c2a4e-8b7d-4c1a-9e2f-0a1b2c3d4e5f',
      stream: 'article-خطای-۱۶۰۳',
      revision: '300',
      prepare: '123456789012',
      commit: '123456789012',
      metadata: { type: 'ArticleRevised', 'content-type': 'application/json', created: '17637000000000000' },
      customMetadata: '{"schema":1}',
      data: '{"title":"エラー 1603"}',
    });
  });

  it('writes structured ids as two signed 64-bit halves when asked', () => {
    const decoded = decode(encodeReadEvent(event({ id: 'ffffffff-ffff-ffff-0000-000000000001' }), true));
    expect(decoded.id).toEqual({ mostSignificantBits: '-1', leastSignificantBits: '1' });
  });

  it('gives a tombstone the revision EventStoreDB uses', () => {
    const decoded = decode(
      encodeReadEvent(
        event({
          revision: TOMBSTONE_REVISION,
          type: '$streamDeleted',
          data: Buffer.alloc(0),
          metadata: Buffer.alloc(0),
        }),
      ),
    );
    expect(decoded.revision).toBe('9223372036854775807');
    expect(decoded.data).toBe('');
  });

  it("carries a resolved link and its event, at the link's position; an unresolved link alone", () => {
    const link = event({ position: 900, stream: 'links', revision: 4, type: '$>', data: Buffer.from('300@x') });
    const target = event();
    const both = streamsPb.ReadResp.deserializeBinary(encodeResolvedLink(link, target)).getEvent()!;
    expect(both.getCommitPosition()).toBe('900');
    expect(both.getEvent()!.getStreamRevision()).toBe('300');
    expect(both.getEvent()!.getCommitPosition()).toBe('123456789012');
    expect(both.getLink()!.getStreamRevision()).toBe('4');
    expect(Buffer.from(both.getLink()!.getData_asU8()).toString()).toBe('300@x');
    const alone = streamsPb.ReadResp.deserializeBinary(encodeResolvedLink(link, undefined, true)).getEvent()!;
    expect(alone.hasEvent()).toBe(false);
    expect(alone.getLink()!.getId()!.hasStructured()).toBe(true);
    expect(alone.getCommitPosition()).toBe('900');
  });
});
