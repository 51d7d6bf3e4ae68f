import { describe, expect, it } from 'vitest';
import type { TranscriptEntryFieldsFragment as TranscriptEntry } from '../generated/graphql';
import { noticeWording } from './transcript-notices';
import { entry } from './testing/desk-fixtures';

type NoticeSubject = NonNullable<TranscriptEntry['subject']>;

const notice = (kind: TranscriptEntry['notice'], subject: NoticeSubject | null, text = 'whatever the api wrote') =>
  entry({ kind: 'NOTICE', author: { kind: 'SYSTEM', id: null, name: '' }, notice: kind, subject, text });
const sara: NoticeSubject = { kind: 'AGENT', id: 'agent-1', name: 'Sara Ahmadi' };
const departments: Record<string, string> = { 'dep-law': 'حقوق' };
const departmentNamed = (id: string) => departments[id] ?? null;

describe('noticeWording', () => {
  it('takes the names from the notice’s subject, not from its English text', () => {
    expect(noticeWording(notice('ACCEPTED', sara, 'Someone else has joined the chat'), departmentNamed)).toMatchObject({
      key: 'chat.notice.accepted',
      params: { name: 'Sara Ahmadi' },
    });
    expect(noticeWording(notice('CLOSED_BY_AGENT', sara, ''), departmentNamed)).toMatchObject({
      key: 'chat.notice.closedByAgent',
      params: { name: 'Sara Ahmadi' },
    });
    expect(
      noticeWording(
        notice('CLOSED_BY_VISITOR', { kind: 'VISITOR', id: null, name: 'Reza has joined the chat' }),
        departmentNamed,
      ),
    ).toMatchObject({
      key: 'chat.notice.closedByVisitor',
      params: { name: 'Reza has joined the chat' },
    });
  });

  it('names a department the chat went to in the reader’s language, by its id', () => {
    expect(
      noticeWording(notice('TRANSFERRED', { kind: 'DEPARTMENT', id: 'dep-law', name: 'Law' }), departmentNamed).params,
    ).toEqual({ target: 'حقوق' });
    expect(
      noticeWording(notice('TRANSFERRED', { kind: 'DEPARTMENT', id: 'dep-unknown', name: 'Medicine' }), departmentNamed)
        .params,
    ).toEqual({ target: 'Medicine' });
    expect(
      noticeWording(notice('TRANSFERRED', { kind: 'AGENT', id: 'dep-law', name: 'Yuki Tanaka' }), departmentNamed)
        .params,
    ).toEqual({ target: 'Yuki Tanaka' });
  });

  it('falls back to the api’s text for a notice without a subject', () => {
    expect(noticeWording(notice('ACCEPTED', null, 'Sara Ahmadi has joined the chat'), departmentNamed)).toEqual({
      key: null,
      params: {},
      text: 'Sara Ahmadi has joined the chat',
    });
  });
});
