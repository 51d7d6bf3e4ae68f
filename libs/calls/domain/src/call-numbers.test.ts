import { describe, expect, it } from 'vitest';
import { callNumber, toE164 } from './call-numbers';

describe('call numbers', () => {
  it('reads the shapes a PBX sends', () => {
    expect(toE164('+49 30 55571600')).toBe('+493055571600');
    expect(toE164('00493055571600')).toBe('+493055571600');
    expect(toE164('493055571600')).toBe('+493055571600');
    expect(toE164('030 55571600', 'DE')).toBe('+493055571600');
    expect(toE164('02155571600', 'IR')).toBe('+982155571600');
  });

  it('keeps what is no number as given, without E.164', () => {
    expect(callNumber('anonymous')).toEqual({ raw: 'anonymous', e164: null });
    expect(callNumber('030 55571600')).toEqual({ raw: '030 55571600', e164: null });
    expect(callNumber('12')).toEqual({ raw: '12', e164: null });
    expect(callNumber('<script>').e164).toBeNull();
    expect(callNumber('9'.repeat(500)).raw).toHaveLength(64);
  });
});
