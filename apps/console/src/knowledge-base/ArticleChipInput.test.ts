import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createConsoleHarness } from '../testing/console-harness';
import ArticleChipInput from './ArticleChipInput.vue';

function mountChips(values: string[] = []) {
  const { plugin } = createConsoleHarness();
  const wrapper = mount(ArticleChipInput, {
    props: {
      modelValue: values,
      label: 'Error codes',
      name: 'codes',
      'onUpdate:modelValue': (next: string[]) => wrapper.setProps({ modelValue: next }),
    },
    global: { plugins: [plugin] },
  });
  return wrapper;
}

const chips = (wrapper: ReturnType<typeof mountChips>) =>
  wrapper.findAll('[data-test="kb-chip"]').map((chip) => chip.find('span').text());

describe('ArticleChipInput', () => {
  it('adds a chip on Enter, and several at once from commas in any script', async () => {
    const wrapper = mountChips(['1603']);
    const input = wrapper.get('input');
    expect(wrapper.get('label').text()).toBe('Error codes');
    await input.setValue(' 1608 ');
    await input.trigger('keydown', { key: 'Enter' });
    expect(chips(wrapper)).toEqual(['1603', '1608']);
    expect((input.element as HTMLInputElement).value).toBe('');
    await input.setValue('1628، Check Sum Fail、1603');
    await input.trigger('keydown', { key: 'Enter' });
    expect(chips(wrapper)).toEqual(['1603', '1608', '1628', 'Check Sum Fail']);
  });

  it('removes a chip by its button or with Backspace in the empty field', async () => {
    const wrapper = mountChips(['1603', '1608', '1628']);
    const remove = wrapper.findAll('[data-test="kb-chip-remove"]')[1]!;
    expect(remove.attributes('aria-label')).toBe('Remove 1608');
    await remove.trigger('click');
    expect(chips(wrapper)).toEqual(['1603', '1628']);
    await wrapper.get('input').trigger('keydown', { key: 'Backspace' });
    expect(chips(wrapper)).toEqual(['1603']);
  });

  it('keeps text typed but not entered when the field loses focus, and waits for an input method to finish', async () => {
    const wrapper = mountChips();
    const input = wrapper.get('input');
    await input.setValue('インストール');
    await input.trigger('keydown', { key: 'Enter', isComposing: true });
    expect(chips(wrapper)).toEqual([]);
    await input.trigger('blur');
    expect(chips(wrapper)).toEqual(['インストール']);
  });
});
