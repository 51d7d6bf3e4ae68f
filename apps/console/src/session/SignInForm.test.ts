import type { FakeAnswer } from '@deskstream/ui/testing';
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import SignInForm from './SignInForm.vue';

function mountForm(answer: () => FakeAnswer, locale = 'en') {
  const harness = createConsoleHarness({ SignIn: answer }, { locale });
  const wrapper = mount(SignInForm, { global: { plugins: [harness.plugin] } });
  return { ...harness, wrapper };
}

async function fillAndSubmit(wrapper: ReturnType<typeof mountForm>['wrapper'], username: string, password: string) {
  await wrapper.get('input[name="username"]').setValue(username);
  await wrapper.get('input[name="password"]').setValue(password);
  await wrapper.get('form').trigger('submit');
  await flushPromises();
}

describe('SignInForm', () => {
  it('labels its fields and asks the browser for the right autofill', () => {
    const { wrapper } = mountForm(() => ({ networkError: true }));
    for (const name of ['username', 'password']) {
      const input = wrapper.get(`input[name="${name}"]`);
      expect(wrapper.get(`label[for="${input.attributes('id')}"]`).text()).toBe(
        name === 'username' ? 'Username' : 'Password',
      );
    }
    expect(wrapper.get('input[name="username"]').attributes('autocomplete')).toBe('username');
    expect(wrapper.get('input[name="password"]').attributes('autocomplete')).toBe('current-password');
    expect(wrapper.get('input[name="password"]').attributes('type')).toBe('password');
  });

  it('signs in and says so', async () => {
    const { wrapper } = mountForm(() => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }));
    await fillAndSubmit(wrapper, 'sara', 'right');
    expect(wrapper.emitted('signed-in')).toHaveLength(1);
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('shows one generic message for a wrong username and for a wrong password', async () => {
    const wrongUser = mountForm(() => ({ errors: [{ message: 'no such user', code: 'NOT_FOUND' }] }));
    await fillAndSubmit(wrongUser.wrapper, 'nobody', 'x');
    const wrongPassword = mountForm(() => ({ errors: [{ message: 'bad password', code: 'UNAUTHENTICATED' }] }));
    await fillAndSubmit(wrongPassword.wrapper, 'sara', 'wrong');

    const first = wrongUser.wrapper.get('[role="alert"]').text();
    expect(first).toBe('Sign-in failed. Check your username and password and try again.');
    expect(wrongPassword.wrapper.get('[role="alert"]').text()).toBe(first);
    expect(wrongPassword.wrapper.emitted('signed-in')).toBeUndefined();
    expect((wrongPassword.wrapper.get('input[name="password"]').element as HTMLInputElement).value).toBe('');
    expect(wrongPassword.wrapper.get('input[name="username"]').attributes('aria-invalid')).toBe('true');
  });

  it("says so, in the reader's language, when the server cannot be reached", async () => {
    const { wrapper } = mountForm(() => ({ networkError: true }), 'fa');
    await fillAndSubmit(wrapper, 'sara', 'right');
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'دسترسی به سرور ممکن نیست. اتصال خود را بررسی کنید و دوباره تلاش کنید.',
    );
  });
});
