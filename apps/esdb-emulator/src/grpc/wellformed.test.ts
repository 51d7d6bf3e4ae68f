import { describe, expect, it } from 'vitest';
import { sharedPb, streamsPb } from './proto';
import { isWellFormed, SHAPES } from './wellformed';

describe('the wire-format check', () => {
  it('accepts what the client sends', () => {
    const options = new streamsPb.ReadReq.Options()
      .setStream(
        new streamsPb.ReadReq.Options.StreamOptions()
          .setStreamIdentifier(new sharedPb.StreamIdentifier().setStreamName(Buffer.from('chat-۱')))
          .setStart(new sharedPb.Empty()),
      )
      .setCount('10')
      .setFilter(
        new streamsPb.ReadReq.Options.FilterOptions()
          .setEventType(new streamsPb.ReadReq.Options.FilterOptions.Expression().setRegex('^[^$]'))
          .setMax(32),
      )
      .setUuidOption(new streamsPb.ReadReq.Options.UUIDOption().setString(new sharedPb.Empty()));
    expect(isWellFormed(new streamsPb.ReadReq().setOptions(options).serializeBinary(), SHAPES.read)).toBe(true);
  });

  it('refuses a length that runs past the end (the generated parser would loop on it)', () => {
    expect(isWellFormed(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x42]), SHAPES.read)).toBe(false);
  });

  it('refuses the same fault one message deeper', () => {
    // ReadReq.options → Options.stream (field 1) whose body claims 100 bytes but has 1.
    expect(isWellFormed(Buffer.from([0x0a, 0x03, 0x0a, 0x64, 0x00]), SHAPES.read)).toBe(false);
  });

  it('refuses truncated varints, field zero and unknown wire types', () => {
    expect(isWellFormed(Buffer.from([0x08, 0xff]), SHAPES.empty)).toBe(false);
    expect(isWellFormed(Buffer.from([0x00, 0x01]), SHAPES.empty)).toBe(false);
    expect(isWellFormed(Buffer.from([0x0b]), SHAPES.empty)).toBe(false);
  });
});
