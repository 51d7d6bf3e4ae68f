import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { useLiveCallsStore } from './live-calls-store';
import { call, SARA } from './testing/call-fixtures';

async function liveCalls(initial = [call()], take?: () => unknown) {
  const harness = createConsoleHarness({
    SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
    LiveCalls: () => ({ data: { calls: { nodes: initial } } }),
    TakeCall: ({ callId }) =>
      (take?.() as never) ?? { data: { takeCall: call({ id: String(callId), takenBy: SARA, state: 'ANSWERED' }) } },
  });
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const store = harness.app.runWithContext(() => useLiveCallsStore(harness.pinia));
  const rang: string[] = [];
  store.onRing((ringing) => rang.push(ringing.id));
  const stop = store.follow();
  await flushPromises();
  return { harness, store, rang, stop };
}

describe('the calls live now', () => {
  it('reads the ringing and running calls, and rings for the ones nobody took that ring for everyone or for me', async () => {
    const { store } = await liveCalls([
      call({ id: 'everyone' }),
      call({ id: 'for-me', ringing: [SARA], startedAt: '2026-12-07T09:01:00.000Z' }),
      call({ id: 'for-minh', ringing: [{ id: 'agent-2', name: 'Minh' }] }),
      call({ id: 'taken', takenBy: { id: 'agent-2', name: 'Minh' } }),
      call({ id: 'answered', state: 'ANSWERED' }),
    ]);
    expect(store.calls.map((each) => each.id)).toHaveLength(5);
    expect(store.ringing.map((each) => each.id)).toEqual(['everyone', 'for-me']);
  });

  it('places pushed calls, tells of each new ringing call once, and lets ended calls go', async () => {
    const { harness, store, rang } = await liveCalls([]);
    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-2' }) });
    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-2' }) });
    expect(rang).toEqual(['cti-2']);
    expect(store.ringing.map((each) => each.id)).toEqual(['cti-2']);

    harness.fake.push('CallsChanged', {
      callsChanged: call({ id: 'cti-2', state: 'ANSWERED', answeredAt: '2026-12-07T09:00:05Z' }),
    });
    expect(store.ringing).toEqual([]);
    // A late push of the ringing call does not undo the answer.
    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-2' }) });
    expect(store.calls[0]!.state).toBe('ANSWERED');
    expect(rang).toEqual(['cti-2']);

    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-2', state: 'ENDED', outcome: 'ANSWERED' }) });
    expect(store.calls).toEqual([]);
  });

  it('keeps pushes that arrive while it reads, over what it read', async () => {
    let release: (() => void) | null = null;
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      LiveCalls: () =>
        new Promise((resolve) => (release = () => resolve({ data: { calls: { nodes: [call({ id: 'cti-1' })] } } }))),
    });
    await useSessionStore(harness.pinia).signIn('sara', 'right');
    const store = harness.app.runWithContext(() => useLiveCallsStore(harness.pinia));
    store.follow();
    await flushPromises();
    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-1', state: 'ANSWERED', takenBy: SARA }) });
    harness.fake.push('CallsChanged', { callsChanged: call({ id: 'cti-3' }) });
    release!();
    await flushPromises();
    expect(store.calls.map((each) => [each.id, each.state])).toEqual([
      ['cti-1', 'ANSWERED'],
      ['cti-3', 'RINGING'],
    ]);
  });

  it('takes a call with one command id, kept across a lost answer', async () => {
    let lost = true;
    const { harness, store } = await liveCalls([call()], () => {
      if (!lost) return undefined;
      lost = false;
      return { networkError: true };
    });
    expect(await store.take(store.calls[0]!)).toBe(false);
    expect(store.takeFailure?.failure.code).toBe('NETWORK_ERROR');
    expect(await store.take(store.calls[0]!)).toBe(true);
    const sent = harness.fake.calls.filter((each) => each.name === 'TakeCall');
    expect(sent).toHaveLength(2);
    expect(sent[0]!.variables.commandId).toBe(sent[1]!.variables.commandId);
    expect(store.calls[0]!.takenBy).toEqual(SARA);
    expect(store.ringing).toEqual([]);
  });

  it('reads again after the live socket reconnects', async () => {
    const { harness } = await liveCalls([]);
    const before = harness.fake.calls.filter((each) => each.name === 'LiveCalls').length;
    harness.fake.liveConnected();
    await flushPromises();
    expect(harness.fake.calls.filter((each) => each.name === 'LiveCalls').length).toBe(before + 1);
  });
});
