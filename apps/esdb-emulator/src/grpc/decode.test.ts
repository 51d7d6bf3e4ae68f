import { describe, expect, it } from 'vitest';
import { RequestError } from './convert';
import { decodeAppendRequest, decodeBatchAppendRequest } from './decode';
import { sharedPb, streamsPb } from './proto';

function proposed(metadata: Record<string, string>, id?: InstanceType<typeof sharedPb.UUID>) {
  const message = new streamsPb.BatchAppendReq.ProposedMessage()
    .setId(id ?? new sharedPb.UUID().setString('6A0C6D52-5E3B-4C43-8E8B-5A6E6F0C7A11'))
    .setCustomMetadata(Buffer.from('{"actor":"agent-2"}'))
    .setData(Buffer.from('{"body":"Xin chào"}'));
  for (const [k, v] of Object.entries(metadata)) message.getMetadataMap().set(k, v);
  return message;
}

const batch = (...messages: InstanceType<typeof streamsPb.BatchAppendReq.ProposedMessage>[]) =>
  Buffer.from(
    new streamsPb.BatchAppendReq()
      .setCorrelationId(new sharedPb.UUID().setString('00000000-0000-4000-8000-000000000001'))
      .setProposedMessagesList(messages)
      .setIsFinal(true)
      .serializeBinary(),
  );

describe('hand-decoded append requests', () => {
  it('read what the generated classes wrote', () => {
    const request = decodeBatchAppendRequest(
      batch(proposed({ type: 'MessagePosted', 'content-type': 'application/json' })),
    );
    expect(request.isFinal).toBe(true);
    expect(request.correlation).toBeDefined();
    const [event] = request.proposed;
    expect(event).not.toBeInstanceOf(RequestError);
    expect(event).toMatchObject({
      id: '6a0c6d52-5e3b-4c43-8e8b-5a6e6f0c7a11',
      type: 'MessagePosted',
      contentType: 'application/json',
    });
    expect(String((event as { data: Buffer }).data)).toBe('{"body":"Xin chào"}');
    expect(String((event as { metadata: Buffer }).metadata)).toBe('{"actor":"agent-2"}');
  });

  it('read structured ids', () => {
    const structured = new sharedPb.UUID.Structured().setMostSignificantBits('-1').setLeastSignificantBits('1');
    const request = decodeBatchAppendRequest(
      batch(proposed({ type: 'T', 'content-type': 'application/json' }, new sharedPb.UUID().setStructured(structured))),
    );
    expect(request.proposed[0]).toMatchObject({ id: 'ffffffff-ffff-ffff-0000-000000000001' });
  });

  it('name missing metadata as EventStoreDB does', () => {
    const [event] = decodeBatchAppendRequest(batch(proposed({ type: 'T' }))).proposed;
    expect(event).toBeInstanceOf(RequestError);
    expect((event as RequestError).serviceError.metadata.get('exception')).toEqual([
      'missing-required-metadata-property',
    ]);
  });

  it('refuse an id that is not a UUID', () => {
    const [event] = decodeBatchAppendRequest(
      batch(proposed({ type: 'T', 'content-type': 'x' }, new sharedPb.UUID().setString('not-a-uuid'))),
    ).proposed;
    expect((event as RequestError).serviceError.details).toMatch(/UUID/);
  });

  it('turn garbage into a clear error instead of throwing', () => {
    const garbage = Buffer.from([0x1a, 0xff, 0xff, 0xff, 0x0f, 0x01]);
    expect(decodeBatchAppendRequest(garbage).malformed?.serviceError.details).toMatch(/Malformed/);
    expect(decodeAppendRequest(Buffer.from([0x0a, 0x05, 0x01])).malformed?.serviceError.details).toMatch(/Malformed/);
  });
});
