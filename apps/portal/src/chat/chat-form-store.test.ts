import { deferred, type FakeAnswer } from '@deskstream/ui/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callsOf, visitorStores } from '../testing/visitor-chat-setup';

afterEach(() => vi.useRealTimers());

describe('useChatFormStore: choosing where to ask', () => {
  it('loads the departments, preselects the one asked for, and offers a live chat when someone is online', async () => {
    const { store, form, fake } = visitorStores();
    await store.open('law');
    expect(form.departments.map((department) => department.id)).toEqual(['humanities', 'law']);
    expect(form.departmentId).toBe('law');
    expect(callsOf(fake, 'ChatAvailability').at(-1)!.variables).toEqual({ departmentId: 'law' });
    expect(form.availability).toBe('online');
    expect(store.screen).toBe('form');
    expect(form.formMode).toBe('live');
  });

  it('ignores an unknown preselected department and turns into the offline form where nobody is online', async () => {
    const { store, form } = visitorStores({
      ChatAvailability: ({ departmentId }) => ({
        data: { chatAvailability: { departmentId, online: departmentId !== 'humanities' } },
      }),
    });
    await store.open('no-such-department');
    expect(form.departmentId).toBeNull();
    form.selectDepartment('humanities');
    await vi.waitFor(() => expect(form.availability).toBe('offline'));
    expect(form.formMode).toBe('offline');
    form.selectDepartment('law');
    await vi.waitFor(() => expect(form.formMode).toBe('live'));
  });

  it('lets the latest availability answer win when an older one arrives last', async () => {
    const answers = new Map([
      ['humanities', deferred<FakeAnswer>()],
      ['law', deferred<FakeAnswer>()],
    ]);
    const { form } = visitorStores({
      ChatAvailability: ({ departmentId }) => answers.get(departmentId as string)!.promise,
    });
    form.selectDepartment('humanities');
    form.selectDepartment('law');
    answers.get('law')!.resolve({ data: { chatAvailability: { departmentId: 'law', online: true } } });
    await vi.waitFor(() => expect(form.availability).toBe('online'));
    answers.get('humanities')!.resolve({ data: { chatAvailability: { departmentId: 'humanities', online: false } } });
    await new Promise((resolve) => setTimeout(resolve));
    expect(form.availability).toBe('online');
  });

  it('asks again who is online while the form is shown, and when the page regains focus', async () => {
    vi.useFakeTimers();
    const { store, fake } = visitorStores();
    await store.open('law');
    const target = new EventTarget();
    const stop = store.keepAvailabilityFresh(target as unknown as Window);
    const before = callsOf(fake, 'ChatAvailability').length;
    target.dispatchEvent(new Event('focus'));
    expect(callsOf(fake, 'ChatAvailability')).toHaveLength(before + 1);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(callsOf(fake, 'ChatAvailability')).toHaveLength(before + 2);
    stop();
    target.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(callsOf(fake, 'ChatAvailability')).toHaveLength(before + 2);
  });
});
