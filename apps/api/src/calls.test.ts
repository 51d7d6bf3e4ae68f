import { describe, expect, it } from 'vitest';
import { callsSettingsFrom, callStaff } from './calls';
import type { IdentityReadModel } from '@deskstream/identity-read-models';

describe('calls settings from the environment', () => {
  it('reads CTI_TOKEN and DESK_PHONE_COUNTRY, both optional', () => {
    expect(callsSettingsFrom({})).toEqual({ ctiToken: undefined, phoneCountry: undefined });
    expect(callsSettingsFrom({ CTI_TOKEN: ' pbx-token-0123456789 ', DESK_PHONE_COUNTRY: 'de' })).toEqual({
      ctiToken: 'pbx-token-0123456789',
      phoneCountry: 'DE',
    });
  });

  it('stops the start on a token too short or with other characters, and on an unknown country', () => {
    expect(() => callsSettingsFrom({ CTI_TOKEN: 'short' })).toThrow(/CTI_TOKEN/);
    expect(() => callsSettingsFrom({ CTI_TOKEN: 'has spaces in it, 0123456789' })).toThrow(/CTI_TOKEN/);
    expect(() => callsSettingsFrom({ DESK_PHONE_COUNTRY: 'Germany' })).toThrow(/DESK_PHONE_COUNTRY/);
    expect(() => callsSettingsFrom({ DESK_PHONE_COUNTRY: 'XX' })).toThrow(/DESK_PHONE_COUNTRY/);
  });
});

describe('PBX names matched to staff', () => {
  it('matches a display name or a username, ignoring case and spacing; a username wins', () => {
    const staff = new Map([
      ['1', { id: '1', username: 'sara', displayName: 'Sara  Ahmadi' }],
      ['2', { id: '2', username: 'sara ahmadi', displayName: 'Another Sara' }],
      ['3', { id: '3', username: 'minh', displayName: 'Nguyễn Văn Minh' }],
    ]);
    const match = callStaff({ staff } as unknown as IdentityReadModel).match;
    expect(match('SARA')).toBe('1');
    expect(match('sara ahmadi')).toBe('2');
    expect(match(' nguyễn  văn minh ')).toBe('3');
    expect(match('voicemail')).toBeNull();
    expect(match('  ')).toBeNull();
  });
});
