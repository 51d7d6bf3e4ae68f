import { describe, expect, it } from 'vitest';
import { chatProjection, createReferenceDeskReadModels } from './projections';
import type { SavedReplyEvent } from '@deskstream/chat-domain';

const mina = { id: 'sup1', name: 'Mina Rahimi' };
const saved = (
  departmentId: string,
  replyId: string,
  title: string,
  savedAt = '2025-03-01T08:00:00.000Z',
): SavedReplyEvent => ({
  type: 'SavedReplySaved',
  data: { departmentId, replyId, title, text: `${title}: text`, savedBy: mina, savedAt },
});

describe('the saved replies read model', () => {
  it('lists each department’s replies by title, revised in place and gone once removed, through chat’s projection', () => {
    const { chats } = createReferenceDeskReadModels();
    const projection = chatProjection(chats);
    expect(projection.handles).toEqual(expect.arrayContaining(['SavedReplySaved', 'SavedReplyRemoved']));

    for (const event of [
      saved('humanities', 'r1', 'opening hours'),
      saved('humanities', 'r2', 'Borrowing 10 books'),
      saved('humanities', 'r3', 'Borrowing 2 books'),
      saved('law', 'r4', 'Law reading room'),
      saved('humanities', 'r1', 'Opening hours', '2025-03-02T08:00:00.000Z'),
    ]) {
      expect(projection.apply(event as never)).toBe(true);
    }
    const humanities = chats.savedReplies.list('humanities');
    expect(humanities.map((reply) => reply.title)).toEqual([
      'Borrowing 2 books',
      'Borrowing 10 books',
      'Opening hours',
    ]);
    expect(humanities[2]).toEqual({
      id: 'r1',
      departmentId: 'humanities',
      title: 'Opening hours',
      text: 'Opening hours: text',
      updatedAt: '2025-03-02T08:00:00.000Z',
      updatedBy: mina,
    });
    expect(chats.savedReplies.list('law').map((reply) => reply.id)).toEqual(['r4']);

    expect(
      projection.apply({
        type: 'SavedReplyRemoved',
        data: { departmentId: 'humanities', replyId: 'r2', removedBy: mina, removedAt: '2025-03-03T08:00:00.000Z' },
      } as never),
    ).toBe(true);
    expect(
      projection.apply({
        type: 'SavedReplyRemoved',
        data: { departmentId: 'humanities', replyId: 'r2', removedBy: mina, removedAt: '2025-03-03T08:00:00.000Z' },
      } as never),
    ).toBe(false);
    expect(chats.savedReplies.list('humanities').map((reply) => reply.id)).toEqual(['r3', 'r1']);
    expect(chats.savedReplies.list('nowhere')).toEqual([]);
    expect(chats.pending()).toEqual([]);
  });
});
