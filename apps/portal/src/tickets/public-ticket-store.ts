import { isTransient, newCommandId, outcomeOf, useGraphqlConnection, type Failure } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { computed, inject, ref, shallowRef } from 'vue';
import { pipe, subscribe } from 'wonka';
import { attachmentUploaderKey, uploadAttachment } from './attachment-upload';
import { useAttachmentUploads } from './attachment-uploads';
import { isLinkToken } from './ticket-link';
import { laterView } from './ticket-views';
import {
  PublicTicketChangedSubscription,
  PublicTicketQuery,
  ReplyToPublicTicketMutation,
  type PublicTicketView,
} from './tickets-operations';

export type LinkState = 'idle' | 'loading' | 'ready' | 'not-found' | 'error';

const LIMITS = { maxAttachments: 10, maxAttachmentBytes: 10 * 1024 * 1024 };

/**
 * One ticket reached through its secret link: read it, follow it live while the page is open
 * (read again after every reconnection, so nothing pushed while the socket was down is missed),
 * and reply with files. A reply keeps its command id while its answer is lost on the way, so it
 * is written once; a pushed view never replaces a newer one.
 */
export const usePublicTicketStore = defineStore('public-ticket', () => {
  const connection = useGraphqlConnection();
  const token = ref<string | null>(null);
  const ticket = shallowRef<PublicTicketView | null>(null);
  const state = ref<LinkState>('idle');
  const replyText = ref('');
  const sending = ref(false);
  const replyError = ref<Failure | null>(null);
  const sent = ref(false);
  const uploads = useAttachmentUploads(() => LIMITS, inject(attachmentUploaderKey, uploadAttachment));
  let pending: { content: string; commandId: string } | null = null;
  let loads = 0;

  const canReply = computed(() => ticket.value?.canReply === true);
  const solved = computed(() => ticket.value?.status === 'SOLVED');

  function show(view: PublicTicketView): void {
    ticket.value = laterView(ticket.value, view);
  }

  async function load(linkToken: string | null): Promise<void> {
    if (linkToken !== token.value) {
      ticket.value = null;
      replyText.value = '';
      uploads.clear();
      pending = null;
    }
    token.value = linkToken;
    if (!isLinkToken(linkToken)) {
      state.value = 'not-found';
      return;
    }
    const mine = ++loads;
    if (!ticket.value) state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(PublicTicketQuery, { token: linkToken }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (mine !== loads || token.value !== linkToken) return;
    if (!outcome.ok) {
      if (!ticket.value) state.value = 'error';
      return;
    }
    const found = outcome.data.publicTicket;
    if (!found) {
      ticket.value = null;
      state.value = 'not-found';
      return;
    }
    // A load answers the ticket as it is now: it may replace a pushed view of the same moment.
    ticket.value = found;
    state.value = 'ready';
  }

  /** Follows the ticket live while a page shows it; returns the stop. */
  function follow(): () => void {
    const linkToken = token.value;
    if (!isLinkToken(linkToken)) return () => undefined;
    const live = pipe(
      connection.client.subscription(PublicTicketChangedSubscription, { token: linkToken }),
      subscribe((result) => {
        const pushed = result.data?.publicTicketChanged;
        if (pushed && token.value === linkToken) show(pushed);
      }),
    );
    const stopCatchingUp = connection.onLiveConnected(() => void load(linkToken));
    return () => {
      live.unsubscribe();
      stopCatchingUp();
    };
  }

  async function reply(): Promise<void> {
    const linkToken = token.value;
    const text = replyText.value.trim();
    if (!linkToken || sending.value || !canReply.value) return;
    sent.value = false;
    if (!text) {
      replyError.value = { code: 'VALIDATION_ERROR', reason: 'EMPTY' };
      return;
    }
    if (!uploads.ready) {
      replyError.value = { code: 'VALIDATION_ERROR', reason: 'UPLOADS' };
      return;
    }
    sending.value = true;
    replyError.value = null;
    const attachments = uploads.hashes;
    const content = JSON.stringify([text, attachments]);
    if (pending?.content !== content) pending = { content, commandId: newCommandId() };
    const outcome = await outcomeOf(
      connection.client
        .mutation(ReplyToPublicTicketMutation, { token: linkToken, text, attachments, commandId: pending.commandId })
        .toPromise(),
    );
    sending.value = false;
    if (outcome.ok) {
      show(outcome.data.replyToPublicTicket);
      replyText.value = '';
      uploads.clear();
      pending = null;
      sent.value = true;
      return;
    }
    replyError.value = { code: outcome.code, reason: outcome.reason };
    if (!isTransient(replyError.value) && replyError.value.code !== 'READ_MODEL_BEHIND') pending = null;
    if (outcome.reason === 'TICKET_CLOSED') void load(linkToken);
  }

  return { token, ticket, state, replyText, sending, replyError, sent, uploads, canReply, solved, load, follow, reply };
});
