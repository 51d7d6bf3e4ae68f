import { newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { ref, watch } from 'vue';
import type { SavedReplyFieldsFragment as SavedReply } from '../generated/graphql';
import { RemoveSavedReplyMutation, SaveSavedReplyMutation, SavedRepliesQuery } from '../api/chat-operations';
import { useSessionStore } from '../session/session-store';

/**
 * Each department's saved replies: agents pick them in the reply box; supervisors and admins
 * add, revise and remove them. Loaded per department when first needed.
 */
export const useSavedRepliesStore = defineStore('saved-replies', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const byDepartment = ref<Record<string, SavedReply[]>>({});
  const loading = new Map<string, Promise<Failure | null>>();
  let generation = 0;

  const canEdit = () => (session.staff?.roles ?? []).some((role) => role === 'SUPERVISOR' || role === 'ADMIN');

  async function load(departmentId: string): Promise<Failure | null> {
    const started = generation;
    const outcome = await outcomeOf(
      connection.client.query(SavedRepliesQuery, { departmentId }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (started !== generation) return null;
    if (!outcome.ok) {
      loading.delete(departmentId);
      return outcome;
    }
    byDepartment.value = { ...byDepartment.value, [departmentId]: outcome.data.savedReplies };
    return null;
  }

  /** Loads the department's replies unless loaded or on their way. */
  function ensureLoaded(departmentId: string): Promise<Failure | null> {
    let pending = loading.get(departmentId);
    if (!pending) loading.set(departmentId, (pending = load(departmentId)));
    return pending;
  }

  function repliesOf(departmentId: string): SavedReply[] {
    return byDepartment.value[departmentId] ?? [];
  }

  function put(reply: SavedReply): void {
    const list = repliesOf(reply.departmentId).filter((each) => each.id !== reply.id);
    list.push(reply);
    list.sort((a, b) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base', numeric: true }));
    byDepartment.value = { ...byDepartment.value, [reply.departmentId]: list };
  }

  /** Adds a reply (no id) or revises one. */
  async function save(
    departmentId: string,
    reply: { id: string | null; title: string; text: string },
  ): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client
        .mutation(SaveSavedReplyMutation, {
          departmentId,
          replyId: reply.id,
          title: reply.title.trim(),
          text: reply.text,
          commandId: newCommandId(),
        })
        .toPromise(),
    );
    if (!outcome.ok) return outcome;
    put(outcome.data.saveSavedReply);
    return null;
  }

  async function remove(departmentId: string, replyId: string): Promise<Failure | null> {
    const outcome = await outcomeOf(
      connection.client
        .mutation(RemoveSavedReplyMutation, { departmentId, replyId, commandId: newCommandId() })
        .toPromise(),
    );
    if (!outcome.ok && outcome.reason !== 'CHAT_SAVED_REPLY_NOT_FOUND') return outcome;
    byDepartment.value = {
      ...byDepartment.value,
      [departmentId]: repliesOf(departmentId).filter((each) => each.id !== replyId),
    };
    return null;
  }

  watch(
    () => session.token,
    () => {
      generation += 1;
      byDepartment.value = {};
      loading.clear();
    },
  );

  return { byDepartment, canEdit, ensureLoaded, load, repliesOf, save, remove };
});
