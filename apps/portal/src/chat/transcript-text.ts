/**
 * The transcript as a plain-text file the visitor downloads, made in the browser: a heading,
 * then one block per entry with its time and who wrote it. Texts come already translated.
 */
export interface TranscriptLine {
  time: string;
  /** Who wrote it; empty for notices of what happened. */
  who: string;
  text: string;
}

export function transcriptText(heading: readonly string[], lines: readonly TranscriptLine[]): string {
  const blocks = lines.map(({ time, who, text }) => {
    const body = text.replace(/\r\n?/g, '\n');
    return who ? `[${time}] ${who}:\n${body}` : `[${time}] — ${body} —`;
  });
  return `${[heading.join('\n'), ...blocks].join('\n\n')}\n`;
}

/** A file name safe everywhere: `chat-2026-03-21.txt`. */
export function transcriptFileName(startedAt: string): string {
  return `chat-${startedAt.slice(0, 10).replace(/[^0-9-]/g, '') || 'transcript'}.txt`;
}

/** Saves the text as a file through a temporary link (UTF-8 with a byte-order mark, for old editors). */
export function downloadText(fileName: string, text: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', text], { type: 'text/plain;charset=utf-8' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
