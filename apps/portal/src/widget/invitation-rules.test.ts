import { describe, expect, it } from 'vitest';
import {
  chooseInvitation,
  DEFAULT_AFTER_SECONDS,
  invitationText,
  invitationVerdict,
  localDay,
  MAX_AFTER_SECONDS,
  pathMatches,
  rulesFromJson,
  rulesFromScript,
  type InvitationRule,
} from './invitation-rules';

const rule = (overrides: Partial<InvitationRule> = {}): InvitationRule => ({
  afterSeconds: 20,
  paths: [],
  whenOnline: false,
  frequency: 'day',
  message: null,
  ...overrides,
});
const noJson = () => null;
const fresh = { lastDay: null, shownThisVisit: false };
const noon = new Date(2026, 5, 1, 12, 0, 0);

describe('invitation rules from the script tag', () => {
  it('are none without any data-invite-* attribute: the widget never invites by itself', () => {
    expect(rulesFromScript({ department: 'law', locale: 'fa' }, noJson)).toEqual([]);
  });

  it('make one rule from the attributes', () => {
    const rules = rulesFromScript(
      {
        inviteAfter: '15',
        invitePaths: '/catalogue/*, /help',
        inviteWhenOnline: '',
        inviteFrequency: 'visit',
        inviteMessage: ' Need help? ',
      },
      noJson,
    );
    expect(rules).toEqual([
      {
        afterSeconds: 15,
        paths: ['/catalogue/*', '/help'],
        whenOnline: true,
        frequency: 'visit',
        message: 'Need help?',
      },
    ]);
  });

  it('take defaults for what is missing or wrong: 30 seconds, every page, whoever is online, once a day', () => {
    expect(
      rulesFromScript({ inviteAfter: 'soon', inviteFrequency: 'hourly', inviteWhenOnline: 'false' }, noJson),
    ).toEqual([{ afterSeconds: DEFAULT_AFTER_SECONDS, paths: [], whenOnline: false, frequency: 'day', message: null }]);
    expect(rulesFromScript({ inviteAfter: '-4' }, noJson)[0]!.afterSeconds).toBe(DEFAULT_AFTER_SECONDS);
    expect(rulesFromScript({ inviteAfter: '99999' }, noJson)[0]!.afterSeconds).toBe(MAX_AFTER_SECONDS);
  });

  it('come from the JSON element named by data-invite-config, several of them, messages per language', () => {
    const json = JSON.stringify({
      invitations: [
        {
          afterSeconds: 5,
          paths: ['/catalogue/*'],
          whenOnline: true,
          message: { fa: 'کمک می‌خواهید؟', en: 'Need help?', xx: 'ignored' },
        },
        { afterSeconds: 60 },
        'not a rule',
      ],
    });
    const rules = rulesFromScript({ inviteConfig: 'chat-invitations', inviteAfter: '1' }, (id) =>
      id === 'chat-invitations' ? json : null,
    );
    expect(rules).toEqual([
      {
        afterSeconds: 5,
        paths: ['/catalogue/*'],
        whenOnline: true,
        frequency: 'day',
        message: { fa: 'کمک می‌خواهید؟', en: 'Need help?' },
      },
      { afterSeconds: 60, paths: [], whenOnline: false, frequency: 'day', message: null },
    ]);
  });

  it('are none when the JSON is missing or broken', () => {
    expect(rulesFromScript({ inviteConfig: 'nowhere' }, noJson)).toEqual([]);
    expect(rulesFromJson('{ invitations: [')).toEqual([]);
    expect(rulesFromJson('{"invitations": 3}')).toEqual([]);
    expect(rulesFromJson('[{"afterSeconds": 2}]')).toHaveLength(1);
  });
});

describe('which page an invitation is for', () => {
  it('matches whole paths, with * for any run of characters', () => {
    expect(pathMatches('/help', '/help')).toBe(true);
    expect(pathMatches('/help', '/help/more')).toBe(false);
    expect(pathMatches('/catalogue/*', '/catalogue/books/123')).toBe(true);
    expect(pathMatches('/catalogue/*', '/catalogue')).toBe(false);
    expect(pathMatches('*.html', '/opening-hours.html')).toBe(true);
    expect(pathMatches('/a.b', '/axb')).toBe(false);
    expect(pathMatches('/(x)+', '/(x)+')).toBe(true);
  });

  it('takes the first rule whose paths match', () => {
    const catalogue = rule({ paths: ['/catalogue/*'], afterSeconds: 5 });
    const everywhere = rule({ afterSeconds: 60 });
    expect(chooseInvitation([catalogue, everywhere], { path: '/catalogue/x', now: noon, memory: fresh })).toBe(
      catalogue,
    );
    expect(chooseInvitation([catalogue, everywhere], { path: '/events', now: noon, memory: fresh })).toBe(everywhere);
    expect(chooseInvitation([catalogue], { path: '/events', now: noon, memory: fresh })).toBeNull();
  });
});

describe('how often one visitor is invited', () => {
  it('at most once per day of the visitor’s own calendar', () => {
    expect(localDay(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
    const daily = [rule({ frequency: 'day' })];
    expect(
      chooseInvitation(daily, { path: '/', now: noon, memory: { lastDay: '2026-06-01', shownThisVisit: true } }),
    ).toBeNull();
    expect(
      chooseInvitation(daily, { path: '/', now: noon, memory: { lastDay: '2026-05-31', shownThisVisit: true } }),
    ).toBe(daily[0]);
  });

  it('once per visit, or on every page', () => {
    const perVisit = [rule({ frequency: 'visit' })];
    expect(
      chooseInvitation(perVisit, { path: '/', now: noon, memory: { lastDay: '2026-06-01', shownThisVisit: true } }),
    ).toBeNull();
    expect(
      chooseInvitation(perVisit, { path: '/', now: noon, memory: { lastDay: '2026-06-01', shownThisVisit: false } }),
    ).toBe(perVisit[0]);
    const always = [rule({ frequency: 'page' })];
    expect(
      chooseInvitation(always, { path: '/', now: noon, memory: { lastDay: '2026-06-01', shownThisVisit: true } }),
    ).toBe(always[0]);
  });
});

describe('when to invite', () => {
  const form = (availability: 'unknown' | 'checking' | 'online' | 'offline') => ({ screen: 'form', availability });

  it('after the time on the page, not before', () => {
    expect(invitationVerdict(rule({ afterSeconds: 20 }), { elapsedMs: 19_999, panelOpened: false, frame: null })).toBe(
      'wait',
    );
    expect(invitationVerdict(rule({ afterSeconds: 20 }), { elapsedMs: 20_000, panelOpened: false, frame: null })).toBe(
      'show',
    );
  });

  it('never once the visitor opened the chat or already has one going', () => {
    expect(invitationVerdict(rule(), { elapsedMs: 0, panelOpened: true, frame: null })).toBe('never');
    expect(
      invitationVerdict(rule(), {
        elapsedMs: 60_000,
        panelOpened: false,
        frame: { screen: 'chat', availability: 'unknown' },
      }),
    ).toBe('never');
  });

  it('with "when online", only once the chat page says someone of the department is online', () => {
    const online = rule({ whenOnline: true });
    expect(invitationVerdict(online, { elapsedMs: 60_000, panelOpened: false, frame: null })).toBe('wait');
    expect(invitationVerdict(online, { elapsedMs: 60_000, panelOpened: false, frame: form('checking') })).toBe('wait');
    expect(invitationVerdict(online, { elapsedMs: 60_000, panelOpened: false, frame: form('offline') })).toBe('wait');
    expect(invitationVerdict(online, { elapsedMs: 60_000, panelOpened: false, frame: form('online') })).toBe('show');
    expect(invitationVerdict(online, { elapsedMs: 1_000, panelOpened: false, frame: form('online') })).toBe('wait');
  });

  it('says the site’s own text in the widget’s language, else the widget’s', () => {
    expect(invitationText(rule({ message: 'Hi' }), 'fa', 'default')).toBe('Hi');
    expect(invitationText(rule({ message: { fa: 'سلام' } }), 'fa', 'default')).toBe('سلام');
    expect(invitationText(rule({ message: { fa: 'سلام' } }), 'ja', 'default')).toBe('default');
  });
});
