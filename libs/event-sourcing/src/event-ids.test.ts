import { describe, expect, it } from 'vitest';
import { validate, version } from 'uuid';
import { eventIdFor } from './event-ids';

describe('event ids derived from the command id', () => {
  it('are the same UUID v5 for the same command and index', () => {
    const id = eventIdFor('command-42', 0);
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(5);
    expect(eventIdFor('command-42', 0)).toBe(id);
  });

  it('differ by index and by command', () => {
    const ids = new Set([
      eventIdFor('command-42', 0),
      eventIdFor('command-42', 1),
      eventIdFor('command-43', 0),
      eventIdFor('command-4', 20),
    ]);
    expect(ids.size).toBe(4);
  });

  it('are stable across releases', () => {
    expect(eventIdFor('7f1c7a57-1b7e-4a8e-9d43-8f4f5f3c2a10', 0)).toBe('b9b61be7-df08-598c-b610-cecadd5f641c');
  });

  it('refuse an empty command id or a bad index', () => {
    expect(() => eventIdFor('', 0)).toThrow(/non-empty id/);
    expect(() => eventIdFor('command-42', -1)).toThrow(/whole number/);
    expect(() => eventIdFor('command-42', 1.5)).toThrow(/whole number/);
  });
});
