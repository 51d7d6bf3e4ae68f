import { describe, it } from 'vitest';
import { deciderSpec } from '@deskstream/domain-kit/testing';
import { SAVED_REPLIES_PER_DEPARTMENT } from './input-rules';
import { savedReplyDecider, type SavedReplyCommand } from './saved-reply-decider';
import type { SavedReplyEvent } from './saved-reply-events';

const given = deciderSpec(savedReplyDecider);
const T0 = '2025-03-01T08:00:00.000Z';
const T1 = '2025-03-01T09:00:00.000Z';
const mina = { id: 'sup1', name: 'Mina Rahimi' };

const save = (
  data: Partial<Extract<SavedReplyCommand, { type: 'SaveSavedReply' }>['data']> = {},
): SavedReplyCommand => ({
  type: 'SaveSavedReply',
  data: {
    departmentId: 'humanities',
    replyId: 'r1',
    revise: false,
    title: 'Opening hours',
    text: 'We are open **8–20**.',
    by: mina,
    at: T0,
    ...data,
  },
});
const saved = (
  replyId = 'r1',
  title = 'Opening hours',
  text = 'We are open **8–20**.',
  savedAt = T0,
): SavedReplyEvent => ({
  type: 'SavedReplySaved',
  data: { departmentId: 'humanities', replyId, title, text, savedBy: mina, savedAt },
});
const remove = (replyId = 'r1'): SavedReplyCommand => ({
  type: 'RemoveSavedReply',
  data: { departmentId: 'humanities', replyId, by: mina, at: T1 },
});
const removed = (replyId = 'r1'): SavedReplyEvent => ({
  type: 'SavedReplyRemoved',
  data: { departmentId: 'humanities', replyId, removedBy: mina, removedAt: T1 },
});

describe('saving a saved reply', () => {
  it('adds a new reply with its title trimmed and its text as typed', () => {
    given([])
      .when(save({ title: '  Opening hours ' }))
      .then([saved()]);
  });

  it('revises an existing reply, and decides nothing when nothing changed', () => {
    given([saved()])
      .when(save({ revise: true, title: 'Hours', text: 'Open 8–22 in exams.', at: T1 }))
      .then([saved('r1', 'Hours', 'Open 8–22 in exams.', T1)]);
    given([saved()])
      .when(save({ revise: true }))
      .then([]);
  });

  it('refuses to revise a reply that does not exist or was removed', () => {
    given([])
      .when(save({ revise: true }))
      .then('CHAT_SAVED_REPLY_NOT_FOUND');
    given([saved(), removed()])
      .when(save({ revise: true }))
      .then('CHAT_SAVED_REPLY_NOT_FOUND');
  });

  it('keeps titles unique in the department, whatever their case', () => {
    given([saved()])
      .when(save({ replyId: 'r2', title: 'OPENING HOURS' }))
      .then('CHAT_SAVED_REPLY_TITLE_TAKEN');
    given([saved(), removed()])
      .when(save({ replyId: 'r2' }))
      .then([saved('r2')]);
  });

  it('refuses bad titles and texts, each with its own reason', () => {
    given([])
      .when(save({ title: '   ' }))
      .then('CHAT_SAVED_REPLY_TITLE_INVALID');
    given([])
      .when(save({ title: 'x'.repeat(81) }))
      .then('CHAT_SAVED_REPLY_TITLE_INVALID');
    given([])
      .when(save({ title: 'Line\nbreak' }))
      .then('CHAT_SAVED_REPLY_TITLE_INVALID');
    given([])
      .when(save({ text: ' \n ' }))
      .then('CHAT_MESSAGE_EMPTY');
    given([])
      .when(save({ text: 'ک'.repeat(10_001) }))
      .then('CHAT_MESSAGE_TOO_LONG');
  });

  it('keeps a bounded number of replies per department', () => {
    const full = Array.from({ length: SAVED_REPLIES_PER_DEPARTMENT }, (_, n) => saved(`r${n}`, `Reply ${n}`));
    given(full)
      .when(save({ replyId: 'one-more', title: 'One more' }))
      .then('CHAT_SAVED_REPLY_LIMIT');
    given(full)
      .when(save({ replyId: 'r0', revise: true, title: 'Reply zero' }))
      .then([saved('r0', 'Reply zero')]);
  });
});

describe('removing a saved reply', () => {
  it('removes an existing reply once', () => {
    given([saved()]).when(remove()).then([removed()]);
    given([saved(), removed()]).when(remove()).then('CHAT_SAVED_REPLY_NOT_FOUND');
    given([]).when(remove()).then('CHAT_SAVED_REPLY_NOT_FOUND');
  });
});
