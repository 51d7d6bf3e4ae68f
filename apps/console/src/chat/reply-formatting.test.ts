import { describe, expect, it } from 'vitest';
import { insertLink, toggleList, wrapSelection } from './reply-formatting';

describe('reply formatting', () => {
  it('wraps the selection in bold or italic markers, and unwraps it again', () => {
    const bold = wrapSelection('The reading room is open', 4, 16, '**');
    expect(bold).toEqual({ text: 'The **reading room** is open', selectionStart: 6, selectionEnd: 18 });
    expect(wrapSelection(bold.text, bold.selectionStart, bold.selectionEnd, '**')).toEqual({
      text: 'The reading room is open',
      selectionStart: 4,
      selectionEnd: 16,
    });
    expect(wrapSelection('open', 0, 4, '*').text).toBe('*open*');
    expect(wrapSelection('', 0, 0, '**')).toEqual({ text: '****', selectionStart: 2, selectionEnd: 2 });
  });

  it('makes a link of the selected label, with the address to fill in selected', () => {
    const edit = insertLink('See our hours', 4, 13, 'link');
    expect(edit.text).toBe('See [our hours](https://)');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('https://');
  });

  it('makes a link of a selected address, with its label to write selected', () => {
    const edit = insertLink('See https://library.example/hours', 4, 33, 'link');
    expect(edit.text).toBe('See [link](https://library.example/hours)');
    expect(edit.text.slice(edit.selectionStart, edit.selectionEnd)).toBe('link');
  });

  it('turns the selected lines into a bulleted or numbered list, and back', () => {
    const text = 'Bring:\nyour card\na photo';
    const bullets = toggleList(text, 8, text.length, 'bullet');
    expect(bullets.text).toBe('Bring:\n\n- your card\n- a photo');
    const numbers = toggleList('your card\na photo', 0, 17, 'number');
    expect(numbers.text).toBe('1. your card\n2. a photo');
    expect(toggleList(numbers.text, 0, numbers.text.length, 'number').text).toBe('your card\na photo');
    expect(toggleList('', 0, 0, 'bullet')).toEqual({ text: '- ', selectionStart: 2, selectionEnd: 2 });
  });
});
