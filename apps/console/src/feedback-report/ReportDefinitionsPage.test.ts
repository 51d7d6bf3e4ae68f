import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FeedbackReportDefinitionFieldsFragment as Definition } from '../generated/graphql';
import { useSessionStore } from '../session/session-store';
import { createConsoleHarness, staffMember } from '../testing/console-harness';
import { DEFINITION } from './testing/report-fixtures';
import { mountReport } from './testing/mount-report';

vi.setConfig({ testTimeout: 30_000 });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('the report definitions (admins)', () => {
  it('adds a kind that counts two captured kinds, refuses a bad key before sending, and saves the next version', async () => {
    let definition: Definition = DEFINITION;
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['ADMIN'] }) } } }),
      FeedbackReportDefinition: () => ({ data: { feedbackReportDefinition: definition } }),
      ChangeFeedbackReportDefinition: ({ input }) => {
        const sent = input as Omit<Definition, 'version'> & { basedOn: number };
        definition = {
          ...definition,
          kinds: sent.kinds,
          sources: sent.sources,
          version: sent.basedOn + 1,
          appliedVersion: sent.basedOn + 1,
        };
        return { data: { changeFeedbackReportDefinition: definition } };
      },
    });
    await useSessionStore(harness.pinia).signIn('admin', 'right');
    const { wrapper } = await mountReport(harness.plugin, '/feedback/report/definitions');
    await flushPromises();
    expect(wrapper.get('[data-test="report-definition-version"]').attributes('data-version')).toBe('0');
    expect(wrapper.findAll('[data-test="report-definition-kind"]')).toHaveLength(2);
    expect(wrapper.get('[data-test="report-definition-unclaimed"]').text()).toContain('Usability');

    await wrapper.get('[data-test="report-definition-add"]').trigger('click');
    const added = wrapper.findAll('[data-test="report-definition-kind"]')[2]!;
    await added.get('[data-test="report-definition-key"]').setValue('other');
    for (const [language, label] of [
      ['fa', 'نقص'],
      ['en', 'Defect'],
      ['ja', '欠陥'],
      ['vi', 'Khiếm khuyết'],
    ])
      await added.get(`[data-test="report-definition-label-${language}"]`).setValue(label);
    await added.get('[data-test="report-definition-counts-USABILITY"]').setValue(true);
    await added.get('[data-test="report-definition-counts-CONTENT_ERROR"]').setValue(true);
    await wrapper.get('[data-test="report-definition-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="report-definition-problem"]').text()).toContain('keys in capitals');
    expect(harness.fake.calls.some((call) => call.name === 'ChangeFeedbackReportDefinition')).toBe(false);

    await added.get('[data-test="report-definition-key"]').setValue('DEFECT');
    await wrapper.get('[data-test="report-definition-form"]').trigger('submit');
    await flushPromises();
    const sent = harness.fake.calls.find((call) => call.name === 'ChangeFeedbackReportDefinition')!.variables as {
      input: { basedOn: number; kinds: { key: string; countsAs: string[] }[]; commandId: string };
    };
    expect(sent.input.basedOn).toBe(0);
    expect(sent.input.kinds.map((kind) => [kind.key, kind.countsAs])).toEqual([
      ['BUG', ['BUG']],
      ['PRAISE', ['PRAISE']],
      ['DEFECT', ['USABILITY', 'CONTENT_ERROR']],
    ]);
    expect(sent.input.commandId).toMatch(/[0-9a-f-]{36}/);
    expect(wrapper.get('[data-test="report-definition-saved"]').text()).toBe(
      'Saved: the report now counts by version 1.',
    );
    expect(wrapper.get('[data-test="report-definition-version"]').attributes('data-version')).toBe('1');
  });

  it('shows the newer definition when someone changed it in the meantime', async () => {
    let reads = 0;
    const harness = createConsoleHarness({
      SignIn: () => ({ data: { signIn: { token: 'tok', staff: staffMember({ roles: ['ADMIN'] }) } } }),
      FeedbackReportDefinition: () => ({
        data: { feedbackReportDefinition: { ...DEFINITION, version: reads++ === 0 ? 0 : 4 } },
      }),
      ChangeFeedbackReportDefinition: () => ({
        errors: [
          { message: 'changed', extensions: { code: 'CONFLICT', reason: 'FEEDBACK_REPORT_DEFINITION_CHANGED' } },
        ],
      }),
    });
    await useSessionStore(harness.pinia).signIn('admin', 'right');
    const { wrapper } = await mountReport(harness.plugin, '/feedback/report/definitions');
    await flushPromises();
    await wrapper.get('[data-test="report-definition-dismissed"]').setValue(true);
    await wrapper.get('[data-test="report-definition-form"]').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[data-test="report-definition-refused"]').text()).toBe(
      'Someone changed the definition in the meantime; the new one is shown.',
    );
    expect(wrapper.get('[data-test="report-definition-version"]').attributes('data-version')).toBe('4');
  });
});
