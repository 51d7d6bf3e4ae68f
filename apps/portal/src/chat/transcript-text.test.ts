import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadText, transcriptFileName, transcriptText } from './transcript-text';

afterEach(() => vi.restoreAllMocks());

describe('the downloaded transcript', () => {
  it('is plain text: a heading, then each entry with its time and author, markup as typed', () => {
    const text = transcriptText(
      ['متن گفت‌وگو', 'بخش: حقوق'],
      [
        { time: '۸:۰۰', who: 'شما', text: 'سلام\r\n<b>خطای ۱۶۰۳</b>' },
        { time: '۸:۰۱', who: '', text: 'Sara Ahmadi به گفت‌وگو پیوست' },
      ],
    );
    expect(text).toBe(
      'متن گفت‌وگو\nبخش: حقوق\n\n[۸:۰۰] شما:\nسلام\n<b>خطای ۱۶۰۳</b>\n\n[۸:۰۱] — Sara Ahmadi به گفت‌وگو پیوست —\n',
    );
  });

  it('is named after the day the chat started', () => {
    expect(transcriptFileName('2026-03-21T08:00:00.000Z')).toBe('chat-2026-03-21.txt');
  });

  it('is saved through a temporary link to a text blob', async () => {
    const created = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:transcript');
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    downloadText('chat-2026-03-21.txt', 'hello');
    const blob = created.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/plain;charset=utf-8');
    expect(await blob.text()).toBe('\uFEFFhello');
    expect(clicks[0]!.download).toBe('chat-2026-03-21.txt');
    expect(clicks[0]!.href).toBe('blob:transcript');
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
