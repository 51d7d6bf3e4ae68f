import { newCommandId, outcomeOf, useGraphqlConnection, type Failure, type Outcome } from '@deskstream/ui';
import { defineStore } from 'pinia';
import { pipe, subscribe } from 'wonka';
import { ref, shallowRef, watch } from 'vue';
import type { TicketFieldsFragment as Ticket } from '../generated/graphql';
import { TicketAgentsQuery, TicketChangedSubscription, TicketQuery } from '../api/tickets-operations';
import { DraftArticleFromTicketMutation } from './ticket-from-operations';
import { useSessionStore } from '../session/session-store';
import { createTicketApi, type TicketEdit } from './ticket-api';

export interface TicketAgentChoice {
  id: string;
  username: string;
  displayName: string;
}

/** An edit the api refused because the ticket changed after the agent saw it. */
export interface TicketConflict {
  /** What the agent tried (an i18n key under `tickets.edit.*`). */
  what: string;
  edit: TicketEdit;
}

/**
 * The ticket page's ticket: read by number, kept current by its own push (`ticketChanged`), and
 * changed through commands. Edits carry the revision the agent saw; when the ticket changed
 * meanwhile the edit waits as a conflict the agent resolves: reload (and drop it), or apply it
 * anyway over the ticket as it is now.
 */
export const useTicketPageStore = defineStore('ticket-page', () => {
  const connection = useGraphqlConnection();
  const session = useSessionStore();
  const api = createTicketApi(connection);
  const ticket = shallowRef<Ticket | null>(null);
  const number = ref<number | null>(null);
  const state = ref<'idle' | 'loading' | 'ready' | 'missing' | 'error'>('idle');
  const failure = ref<Failure | null>(null);
  const conflict = ref<TicketConflict | null>(null);
  const busy = ref(false);
  const agents = new Map<string, Promise<TicketAgentChoice[]>>();
  let stopPushes: (() => void) | null = null;

  /** Takes the ticket as the api describes it, unless an older answer comes after a newer one. */
  function accept(next: Ticket): void {
    const current = ticket.value;
    if (current && current.id === next.id && current.revision > next.revision) return;
    ticket.value = next;
  }

  function followPushes(id: string): void {
    stopPushes?.();
    const pushes = pipe(
      connection.client.subscription(TicketChangedSubscription, { id }),
      subscribe((result) => {
        if (result.data) accept(result.data.ticketChanged);
      }),
    );
    stopPushes = () => pushes.unsubscribe();
  }

  async function load(): Promise<void> {
    if (number.value === null) return;
    const wanted = number.value;
    if (ticket.value?.number !== wanted) state.value = 'loading';
    const outcome = await outcomeOf(
      connection.client.query(TicketQuery, { number: wanted }, { requestPolicy: 'network-only' }).toPromise(),
    );
    if (number.value !== wanted) return;
    if (!outcome.ok) {
      failure.value = outcome;
      if (state.value !== 'ready') state.value = outcome.code === 'NOT_FOUND' ? 'missing' : 'error';
      return;
    }
    const found = outcome.data.ticket;
    if (!found) {
      state.value = 'missing';
      ticket.value = null;
      return;
    }
    const followed = ticket.value?.id;
    ticket.value = found;
    state.value = 'ready';
    if (followed !== found.id) followPushes(found.id);
  }

  /** Opens the ticket with this number; the returned function stops following it. */
  function open(ticketNumber: number): () => void {
    if (number.value !== ticketNumber) {
      ticket.value = null;
      conflict.value = null;
      failure.value = null;
    }
    number.value = ticketNumber;
    void load();
    const stopReconnect = connection.onLiveConnected(() => void load());
    return () => {
      stopReconnect();
      stopPushes?.();
      stopPushes = null;
    };
  }

  async function settle(outcome: Outcome<Ticket>, onConflict?: TicketConflict): Promise<boolean> {
    if (outcome.ok) {
      accept(outcome.data);
      failure.value = null;
      return true;
    }
    if (outcome.code === 'CONFLICT' && onConflict) conflict.value = onConflict;
    else failure.value = outcome;
    return false;
  }

  /** Sends an edit with the revision on screen; a conflict waits for the agent's choice. */
  async function edit(what: string, change: TicketEdit): Promise<boolean> {
    if (!ticket.value) return false;
    busy.value = true;
    conflict.value = null;
    try {
      return await settle(await change(ticket.value.revision), { what, edit: change });
    } finally {
      busy.value = false;
    }
  }

  /** A command that does not depend on what the agent saw (a note, tags, a link). */
  async function command(send: () => Promise<Outcome<Ticket>>): Promise<boolean> {
    busy.value = true;
    try {
      return await settle(await send());
    } finally {
      busy.value = false;
    }
  }

  /** The conflict's "reload": the ticket as it is now, the edit dropped. */
  async function reload(): Promise<void> {
    conflict.value = null;
    await load();
  }

  /** The conflict's "apply anyway": the edit again, over the ticket as it is now. */
  async function applyAnyway(): Promise<boolean> {
    const waiting = conflict.value;
    if (!waiting) return false;
    await load();
    return edit(waiting.what, waiting.edit);
  }

  /** Who may be assigned or mentioned in a department (read once per department). */
  function agentsFor(departmentId: string): Promise<TicketAgentChoice[]> {
    let pending = agents.get(departmentId);
    if (!pending) {
      pending = outcomeOf(
        connection.client.query(TicketAgentsQuery, { departmentId }, { requestPolicy: 'network-only' }).toPromise(),
      ).then((outcome) => {
        if (outcome.ok) return outcome.data.ticketAgents;
        agents.delete(departmentId);
        return [];
      });
      agents.set(departmentId, pending);
    }
    return pending;
  }

  /** Starts a knowledge-base article draft from the ticket; the article's id. */
  async function draftArticle(): Promise<string | null> {
    if (!ticket.value) return null;
    const outcome = await outcomeOf(
      connection.client
        .mutation(DraftArticleFromTicketMutation, { ticketId: ticket.value.id, commandId: newCommandId() })
        .toPromise(),
    );
    if (!outcome.ok) {
      failure.value = outcome;
      return null;
    }
    return outcome.data.draftArticleFromTicket;
  }

  watch(
    () => session.token,
    () => {
      ticket.value = null;
      number.value = null;
      conflict.value = null;
      agents.clear();
      state.value = 'idle';
    },
  );

  return {
    api,
    ticket,
    state,
    failure,
    conflict,
    busy,
    open,
    load,
    accept,
    edit,
    command,
    reload,
    applyAnyway,
    agentsFor,
    draftArticle,
    dismissFailure: () => (failure.value = null),
  };
});
