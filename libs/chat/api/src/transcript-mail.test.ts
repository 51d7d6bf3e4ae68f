import { describe, expect, it } from 'vitest';
import type { ChatRecord, TranscriptEntry } from '@deskstream/chat-read-models';
import { TRANSCRIPT_MAIL_MAX_CHARACTERS, transcriptMail, transcriptMailId } from './transcript-mail';

const entry = (
  id: string,
  text: string,
  author: TranscriptEntry['author'],
  kind: TranscriptEntry['kind'] = 'MESSAGE',
): TranscriptEntry => ({
  id,
  kind,
  author,
  text,
  at: '2026-03-21T08:05:30.000Z',
  clientMessageId: null,
  notice: kind === 'NOTICE' ? 'ACCEPTED' : null,
  subject: kind === 'NOTICE' ? { kind: 'AGENT', id: 's1', name: 'Sara Ahmadi' } : null,
  staffNote: null,
  mentions: [],
});
const reza = { kind: 'VISITOR' as const, id: null, name: 'Reza Karimi' };
const sara = { kind: 'AGENT' as const, id: 's1', name: 'Sara Ahmadi' };
const system = { kind: 'SYSTEM' as const, id: null, name: '' };

function chat(transcript: TranscriptEntry[]): ChatRecord {
  return {
    id: 'c1',
    departmentId: 'law',
    visitor: { name: 'Reza Karimi', email: null },
    locale: null,
    visitorTokenHash: 'h',
    firstQuestion: transcript[0]?.text ?? '',
    firstWords: 'شرایط عضویت مهمان',
    status: 'ACTIVE',
    requestedAt: '2026-03-21T08:00:00.000Z',
    waitingSince: '2026-03-21T08:00:00.000Z',
    rating: null,
    visitorAwaySince: null,
    acceptedAt: null,
    firstResponseAt: null,
    closedAt: null,
    closedBy: null,
    closeReason: null,
    agent: null,
    transcript,
  };
}

describe('transcriptMail', () => {
  it('lists every entry in order as plain text, markup and all as typed', () => {
    const mail = transcriptMail(
      chat([
        entry('e1', 'شرایط عضویت مهمان\nچیست؟', reza),
        entry('e2', 'Sara Ahmadi has joined the chat', system, 'NOTICE'),
        entry('e3', '<b>Bring</b> your ID card', sara),
      ]),
      '  Reza@Example.ir ',
      'Law',
    );
    expect(mail.to).toBe('Reza@Example.ir');
    expect(mail.subject).toBe('Your chat transcript: شرایط عضویت مهمان');
    expect(mail.purpose).toEqual({ kind: 'chat-transcript', id: 'c1', departmentId: 'law' });
    expect(mail.text).toBe(
      [
        'Reza Karimi,',
        '',
        'This is the transcript of your chat with Law, started 2026-03-21 08:00 UTC.',
        '',
        '[2026-03-21 08:05 UTC] Reza Karimi:',
        '    شرایط عضویت مهمان',
        '    چیست؟',
        '',
        '[2026-03-21 08:05 UTC] — Sara Ahmadi has joined the chat —',
        '',
        '[2026-03-21 08:05 UTC] Sara Ahmadi:',
        '    <b>Bring</b> your ID card',
        '',
      ].join('\n'),
    );
  });

  it('never carries an internal note between staff', () => {
    const withNote = transcriptMail(
      chat([
        entry('e1', 'Hello', reza),
        entry('n1', 'Ask Yuki: she knows this visitor', sara, 'NOTE'),
        entry('e2', 'Hi', sara),
      ]),
      'r@example.ir',
      'Law',
    );
    const without = transcriptMail(chat([entry('e1', 'Hello', reza), entry('e2', 'Hi', sara)]), 'r@example.ir', 'Law');
    expect(withNote.text).not.toContain('Ask Yuki');
    expect(withNote).toEqual(without);
  });

  it('gives the same mail id for the same chat, address and transcript, and a new one when either changes', () => {
    const one = chat([entry('e1', 'hello', reza)]);
    const two = chat([entry('e1', 'hello', reza), entry('e2', 'more', reza)]);
    expect(transcriptMail(one, 'reza@example.ir', 'Law').mailId).toBe(
      transcriptMail(one, 'REZA@example.ir ', 'Law').mailId,
    );
    expect(transcriptMail(two, 'reza@example.ir', 'Law').mailId).not.toBe(
      transcriptMail(one, 'reza@example.ir', 'Law').mailId,
    );
    expect(transcriptMail(one, 'other@example.ir', 'Law').mailId).not.toBe(
      transcriptMail(one, 'reza@example.ir', 'Law').mailId,
    );
    expect(transcriptMailId('c1', 'reza@example.ir', 1)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves the oldest entries out rather than go past what the outbox takes', () => {
    const long = Array.from({ length: 12 }, (_, index) => entry(`e${index}`, `${index}:${'x'.repeat(9_990)}`, reza));
    const mail = transcriptMail(chat(long), 'reza@example.ir', 'Law');
    expect(mail.text.length).toBeLessThanOrEqual(TRANSCRIPT_MAIL_MAX_CHARACTERS + 1_000);
    expect(mail.text).toMatch(/\(\d+ earlier entries are too long for one mail and were left out\.\)/);
    expect(mail.text).toContain('11:xxx');
    expect(mail.text).not.toContain('    0:xxx');
  });
});
