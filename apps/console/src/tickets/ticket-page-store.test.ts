import { describe, expect, it, vi } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { fullTicket } from './testing/ticket-fixtures';
import { useTicketPageStore } from './ticket-page-store';

async function pageStore() {
  let current = fullTicket();
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    Ticket: () => ({ data: { ticket: current } }),
    ChangeTicketPriority: (variables) => {
      if (variables['expectedRevision'] !== current.revision)
        return { errors: [{ message: 'changed', code: 'CONFLICT', reason: 'TICKET_REVISION_CONFLICT' }] };
      current = { ...current, priority: variables['priority'] as 'URGENT', revision: current.revision + 1 };
      return { data: { changeTicketPriority: current } };
    },
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const store = harness.app.runWithContext(() => useTicketPageStore(harness.pinia));
  const changeMeanwhile = () => (current = { ...current, status: 'SOLVED', revision: current.revision + 1 });
  return { ...harness, store, changeMeanwhile };
}

describe('the ticket page store', () => {
  it('reads the ticket by number and follows its pushes, keeping the newer revision', async () => {
    const { store, fake } = await pageStore();
    const stop = store.open(1042);
    await vi.waitFor(() => expect(store.state).toBe('ready'));
    expect(fake.calls.at(-1)).toEqual({ name: 'Ticket', variables: { number: 1042 } });
    fake.push('TicketChanged', { ticketChanged: fullTicket({ revision: 5, subject: 'Renewed' }) });
    fake.push('TicketChanged', { ticketChanged: fullTicket({ revision: 4, subject: 'Older' }) });
    expect(store.ticket?.subject).toBe('Renewed');
    stop();
    expect(fake.openSubscriptions('TicketChanged')).toBe(0);
  });

  it('holds an edit refused because the ticket changed meanwhile; reload drops it', async () => {
    const { store, changeMeanwhile } = await pageStore();
    store.open(1042);
    await vi.waitFor(() => expect(store.state).toBe('ready'));
    changeMeanwhile();
    expect(await store.edit('priority', store.api.priority('ticket-1', 'URGENT'))).toBe(false);
    expect(store.conflict?.what).toBe('priority');
    await store.reload();
    expect(store.conflict).toBeNull();
    expect(store.ticket?.status).toBe('SOLVED');
    expect(store.ticket?.priority).toBe('NORMAL');
  });

  it('applies the edit anyway over the ticket as it is now, with its new revision', async () => {
    const { store, fake, changeMeanwhile } = await pageStore();
    store.open(1042);
    await vi.waitFor(() => expect(store.state).toBe('ready'));
    changeMeanwhile();
    await store.edit('priority', store.api.priority('ticket-1', 'URGENT'));
    expect(await store.applyAnyway()).toBe(true);
    expect(fake.calls.at(-1)!.variables).toMatchObject({ priority: 'URGENT', expectedRevision: 4 });
    expect(store.ticket).toMatchObject({ status: 'SOLVED', priority: 'URGENT', revision: 5 });
    expect(store.conflict).toBeNull();
  });
});
