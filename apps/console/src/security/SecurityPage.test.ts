import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { StaffSessionFieldsFragment as StaffSession } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import SecurityPage from './SecurityPage.vue';

const session = (overrides: Partial<StaffSession>): StaffSession => ({
  id: 'session-1',
  startedAt: '2026-12-07T08:00:00.000Z',
  expiresAt: '2026-12-07T20:00:00.000Z',
  lastSeenAt: '2026-12-07T09:00:00.000Z',
  address: '10.0.3.7',
  userAgent: 'Firefox on Linux',
  method: 'PASSWORD',
  current: true,
  ...overrides,
});

async function mountPage(locale = 'en') {
  let enabled = false;
  let sessions = [
    session({}),
    session({ id: 'session-2', current: false, address: '203.0.113.9', method: 'TWO_FACTOR' }),
  ];
  const harness = createConsoleHarness(
    {
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember() } } }),
      MySecurity: () => ({
        data: {
          me: {
            id: 'agent-1',
            twoFactor: {
              enabled,
              enabledAt: enabled ? '2026-12-07T09:30:00.000Z' : null,
              recoveryCodesLeft: enabled ? 10 : 0,
            },
          },
          mySessions: sessions,
        },
      }),
      StartTwoFactorEnrolment: () => ({
        data: {
          startTwoFactorEnrolment: {
            secret: 'JBSWY3DPEHPK3PXP',
            otpauthUri: 'otpauth://totp/Deskstream:sara?secret=JBSWY3DPEHPK3PXP',
            qrCode: 'data:image/png;base64,AAAA',
          },
        },
      }),
      ConfirmTwoFactor: ({ code }) => {
        if (code !== '123456')
          return {
            errors: [{ message: 'no', code: 'VALIDATION_ERROR', reason: 'IDENTITY_TWO_FACTOR_CODE_NOT_ACCEPTED' }],
          };
        enabled = true;
        return { data: { confirmTwoFactor: ['abcde-fghij', 'klmno-pqrst'] } };
      },
      RevokeSession: ({ sessionId }) => {
        sessions = sessions.filter((each) => each.id !== sessionId);
        return { data: { revokeSession: true } };
      },
    },
    { locale },
  );
  await useSessionStore(harness.pinia).signIn('sara', 'right');
  const wrapper = mount(SecurityPage, { global: { plugins: [harness.plugin] } });
  await flushPromises();
  return { wrapper, harness };
}

describe('SecurityPage', () => {
  it('lists the sessions with where they came from, and signs out another one', async () => {
    const { wrapper, harness } = await mountPage();
    const rows = wrapper.findAll('[data-test="security-session"]');
    expect(rows).toHaveLength(2);
    expect(rows[0]!.text()).toContain('This session');
    expect(rows[1]!.text()).toContain('203.0.113.9');
    expect(rows[1]!.text()).toContain('Password and code');
    expect(rows[0]!.find('[data-test="security-revoke-session"]').exists()).toBe(false);
    await rows[1]!.get('[data-test="security-revoke-session"]').trigger('click');
    await flushPromises();
    expect(harness.fake.calls.at(-1)).toEqual({ name: 'RevokeSession', variables: { sessionId: 'session-2' } });
    expect(wrapper.findAll('[data-test="security-session"]')).toHaveLength(1);
    expect(wrapper.text()).toContain('The session has been signed out.');
  });

  it('turns two-factor sign-in on with the QR code and a first code, and shows the recovery codes once', async () => {
    const { wrapper } = await mountPage();
    expect(wrapper.get('[data-test="security-two-factor-state"]').attributes('data-enabled')).toBe('false');
    await wrapper.get('[data-test="security-start-two-factor"]').trigger('click');
    await flushPromises();
    expect(wrapper.get('img').attributes('src')).toBe('data:image/png;base64,AAAA');
    expect(wrapper.get('img').attributes('alt')).toContain('QR code');
    expect(wrapper.get('[data-test="security-two-factor-secret"]').text()).toBe('JBSWY3DPEHPK3PXP');

    await wrapper.get('input[name="code"]').setValue('000000');
    await wrapper.get('[data-test="security-confirm-two-factor"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('not correct');

    await wrapper.get('input[name="code"]').setValue('123456');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="security-recovery-codes"]').text()).toContain('abcde-fghij');
    expect(wrapper.get('[data-test="security-two-factor-state"]').attributes('data-enabled')).toBe('true');
    expect(wrapper.text()).toContain('10 recovery codes left');
  });

  it('speaks Persian with Persian digits', async () => {
    const { wrapper } = await mountPage('fa');
    expect(wrapper.text()).toContain('نشست‌های شما');
    expect(wrapper.text()).toMatch(/[۰-۹]/);
  });
});
