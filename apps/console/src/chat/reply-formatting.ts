/**
 * The reply box's formatting buttons, as pure edits of its text and selection: wrap the
 * selection in ** or *, make it a link, or make the selected lines a list. Each returns the new
 * text and what to select afterwards, so the agent can go on typing.
 */
export interface Edit {
  text: string;
  selectionStart: number;
  selectionEnd: number;
}

export function wrapSelection(text: string, start: number, end: number, marker: '**' | '*'): Edit {
  const selected = text.slice(start, end);
  // Already wrapped: unwrap, so the button toggles.
  if (
    text.slice(start - marker.length, start) === marker &&
    text.slice(end, end + marker.length) === marker &&
    (marker === '**' || text[start - 2] !== '*')
  ) {
    return {
      text: text.slice(0, start - marker.length) + selected + text.slice(end + marker.length),
      selectionStart: start - marker.length,
      selectionEnd: end - marker.length,
    };
  }
  return {
    text: `${text.slice(0, start)}${marker}${selected}${marker}${text.slice(end)}`,
    selectionStart: start + marker.length,
    selectionEnd: end + marker.length,
  };
}

/** `[selection](url)`: with the url selected when the selection was the label, else the label. */
export function insertLink(text: string, start: number, end: number, placeholderLabel: string): Edit {
  const selected = text.slice(start, end);
  const looksLikeUrl = /^(https?:\/\/|mailto:)\S+$/i.test(selected);
  const label = looksLikeUrl || selected === '' ? placeholderLabel : selected;
  const url = looksLikeUrl ? selected : 'https://';
  const inserted = `[${label}](${url})`;
  const before = text.slice(0, start);
  const labelStart = before.length + 1;
  const urlStart = labelStart + label.length + 2;
  return {
    text: before + inserted + text.slice(end),
    ...(looksLikeUrl || selected === ''
      ? { selectionStart: labelStart, selectionEnd: labelStart + label.length }
      : { selectionStart: urlStart, selectionEnd: urlStart + url.length }),
  };
}

/** Makes the lines the selection touches a bulleted or numbered list (or takes the list away). */
export function toggleList(text: string, start: number, end: number, kind: 'bullet' | 'number'): Edit {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const lineEnd = nextBreak < 0 ? text.length : nextBreak;
  const lines = text.slice(lineStart, lineEnd).split('\n');
  const pattern = kind === 'bullet' ? /^- / : /^\d+\. /;
  const listed = lines.every((line) => pattern.test(line));
  const changed = lines.map((line, index) => {
    const bare = line.replace(/^(- |\d+\. )/, '');
    if (listed) return bare;
    return kind === 'bullet' ? `- ${bare}` : `${index + 1}. ${bare}`;
  });
  const block = changed.join('\n');
  // A list needs a blank line before it to start a new block, unless it starts the message.
  const before = text.slice(0, lineStart);
  const separator = !listed && before.length > 0 && !before.endsWith('\n\n') ? '\n' : '';
  const result = before + separator + block + text.slice(lineEnd);
  const blockStart = lineStart + separator.length;
  return { text: result, selectionStart: blockStart + block.length, selectionEnd: blockStart + block.length };
}
