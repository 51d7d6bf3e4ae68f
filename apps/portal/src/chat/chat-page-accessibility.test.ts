import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { openPortalPage } from '../testing/portal-page';
import { visitorChat } from '../testing/portal-harness';

let wrapper: VueWrapper | undefined;
afterEach(() => {
  wrapper?.unmount();
  wrapper = undefined;
});

async function open(path: string, ...rest: Parameters<typeof openPortalPage> extends [string, ...infer R] ? R : never) {
  const page = await openPortalPage(path, ...rest);
  wrapper = page.wrapper;
  return page;
}

describe('the chat forms without a department', () => {
  it('keep "Start chat" enabled and, when pressed, say why on the department field and move the focus there', async () => {
    const page = await open('/chat');
    const submit = page.byTest('chat-start-submit');
    expect(submit.attributes('disabled')).toBeUndefined();
    const select = page.byTest('chat-start-department');
    expect(select.attributes('aria-invalid')).toBeUndefined();

    await page.byTest('chat-start-name').setValue('Reza Karimi');
    await page.byTest('chat-start-question').setValue('Guest membership?');
    await page.byTest('chat-start-form').trigger('submit');
    await flushPromises();
    const error = page.byTest('chat-start-department-error');
    expect(error.text()).toBe(
      'Choose the department that should answer you first: each question goes to the librarians of one department.',
    );
    expect(select.attributes('aria-invalid')).toBe('true');
    expect(select.attributes('aria-describedby')).toBe(error.attributes('id'));
    expect(document.activeElement).toBe(select.element);
    expect(page.fake.calls.some((call) => call.name === 'RequestChat')).toBe(false);

    await select.setValue('law');
    await flushPromises();
    expect(page.wrapper.find('[data-test="chat-start-department-error"]').exists()).toBe(false);
    expect(select.attributes('aria-invalid')).toBeUndefined();
  });

  it('says so in the visitor’s language when the browser’s own check finds no department', async () => {
    const page = await open('/chat', {}, 'fa');
    const select = page.byTest('chat-start-department');
    const event = new Event('invalid', { cancelable: true });
    select.element.dispatchEvent(event);
    await flushPromises();
    expect(event.defaultPrevented).toBe(true);
    expect(page.byTest('chat-start-department-error').text()).toContain('نخست بخشی را');
    expect(select.attributes('aria-invalid')).toBe('true');
  });

  it('keep "Send question" of the offline form enabled', async () => {
    const page = await open('/chat?department=law', {
      ChatAvailability: ({ departmentId }) => ({ data: { chatAvailability: { departmentId, online: false } } }),
    });
    expect(page.byTest('chat-offline-submit').attributes('disabled')).toBeUndefined();
    expect(page.byTest('chat-offline-department').attributes('aria-invalid')).toBeUndefined();
  });
});

describe('the transcript', () => {
  it('is a list of entries inside a live log, so it keeps its list semantics', async () => {
    const page = await open('/chat?department=law', { RequestChat: () => ({ data: { requestChat: visitorChat() } }) });
    await page.byTest('chat-start-name').setValue('Reza Karimi');
    await page.byTest('chat-start-question').setValue('Guest membership?');
    await page.byTest('chat-start-form').trigger('submit');
    await flushPromises();
    const log = page.wrapper.get('[role="log"]');
    expect(log.attributes('aria-label')).toBe('Conversation');
    const list = log.get('ol');
    expect(list.attributes('role')).toBeUndefined();
    expect(list.findAll(':scope > li')).toHaveLength(1);
  });
});
