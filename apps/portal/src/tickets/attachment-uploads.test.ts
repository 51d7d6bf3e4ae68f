import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { useAttachmentUploads } from './attachment-uploads';
import { fileOf, heldUploads } from './testing/ticket-fixtures';

describe('useAttachmentUploads: files attached to the form or a reply', () => {
  it('uploads each file at once with its progress; ready only when all are up', async () => {
    const uploads = heldUploads();
    const files = useAttachmentUploads(() => ({ maxAttachments: 3, maxAttachmentBytes: 100 }), uploads.uploader);
    files.add([fileOf('one.txt', 5), fileOf('two.txt', 6)]);
    expect(files.items.map((item) => item.state)).toEqual(['uploading', 'uploading']);
    expect(files.ready).toBe(false);
    uploads.held[0]!.options.onProgress?.(0.5);
    expect(files.items[0]!.progress).toBe(0.5);
    uploads.stored(0, 'h1');
    uploads.held[1]!.finish({ ok: false, failure: 'RATE_LIMITED' });
    await flushPromises();
    expect(files.items.map((item) => [item.state, item.failure])).toEqual([
      ['uploaded', null],
      ['failed', 'RATE_LIMITED'],
    ]);
    expect(files.failed).toBe(true);
    expect(files.hashes).toEqual(['h1']);

    files.retry(files.items[1]!.id);
    expect(files.items[1]!.state).toBe('uploading');
    uploads.stored(2, 'h2');
    await flushPromises();
    expect(files.ready).toBe(true);
    expect(files.hashes).toEqual(['h1', 'h2']);
  });

  it('counts the files already attached against the limit, and a file removed on its way is forgotten', async () => {
    const uploads = heldUploads();
    const files = useAttachmentUploads(() => ({ maxAttachments: 2, maxAttachmentBytes: 100 }), uploads.uploader);
    files.add([fileOf('one.txt', 5)]);
    files.add([fileOf('two.txt', 5), fileOf('three.txt', 5)]);
    expect(files.leftOut).toEqual({ tooMany: ['three.txt'], tooLarge: [], empty: [] });
    const removed = files.items[1]!.id;
    files.remove(removed);
    expect(uploads.held[1]!.options.signal?.aborted).toBe(true);
    uploads.stored(1, 'late');
    await flushPromises();
    expect(files.items.map((item) => item.name)).toEqual(['one.txt']);
    expect(files.hashes).toEqual([]);
  });
});
