import { computed, reactive, ref, shallowRef } from 'vue';
import { admitFiles, type Admitted, type AttachmentLimits } from './attachment-rules';
import { uploadAttachment, type StoredAttachment, type Uploader, type UploadFailure } from './attachment-upload';

export interface PendingAttachment {
  /** This list's own id for the file (a file chosen twice is two entries). */
  id: number;
  name: string;
  size: number;
  state: 'uploading' | 'uploaded' | 'failed';
  /** 0 to 1. */
  progress: number;
  stored: StoredAttachment | null;
  failure: UploadFailure | null;
}

/**
 * The files a requester attaches to the form or a reply: each uploaded as soon as it is chosen,
 * with its progress; the api's limits (count, size) applied before anything is sent and what was
 * left out said by name; a failed upload can be sent again or removed. `hashes` are what the
 * mutation names once every file is up. Returned as one reactive object (`uploads.ready`, not `.value`).
 */
export function useAttachmentUploads(limits: () => AttachmentLimits, uploader: Uploader = uploadAttachment) {
  const items = ref<PendingAttachment[]>([]);
  /** What the last choice left out, and why. */
  const leftOut = shallowRef<Omit<Admitted<File>, 'accepted'> | null>(null);
  const files = new Map<number, File>();
  const aborts = new Map<number, AbortController>();
  let nextId = 1;

  const find = (id: number) => items.value.find((item) => item.id === id);

  async function send(id: number): Promise<void> {
    const file = files.get(id);
    const item = find(id);
    if (!file || !item) return;
    Object.assign(item, { state: 'uploading', progress: 0, failure: null });
    const abort = new AbortController();
    aborts.set(id, abort);
    const result = await uploader(file, {
      signal: abort.signal,
      onProgress: (fraction) => {
        const current = find(id);
        if (current?.state === 'uploading') current.progress = Math.min(1, Math.max(0, fraction));
      },
    });
    aborts.delete(id);
    const current = find(id);
    if (!current) return; // removed while it was on its way
    if (result.ok) Object.assign(current, { state: 'uploaded', progress: 1, stored: result.stored });
    else Object.assign(current, { state: 'failed', failure: result.failure });
  }

  /** Adds the chosen files that fit and starts their uploads. */
  function add(chosen: readonly File[]): void {
    const { accepted, ...rest } = admitFiles(items.value.length, chosen, limits());
    leftOut.value = rest.tooMany.length + rest.tooLarge.length + rest.empty.length > 0 ? rest : null;
    for (const file of accepted) {
      const id = nextId++;
      files.set(id, file);
      items.value.push({
        id,
        name: file.name,
        size: file.size,
        state: 'uploading',
        progress: 0,
        stored: null,
        failure: null,
      });
      void send(id);
    }
  }

  function remove(id: number): void {
    aborts.get(id)?.abort();
    aborts.delete(id);
    files.delete(id);
    items.value = items.value.filter((item) => item.id !== id);
    leftOut.value = null;
  }

  function retry(id: number): void {
    if (find(id)?.state === 'failed') void send(id);
  }

  function clear(): void {
    for (const abort of aborts.values()) abort.abort();
    aborts.clear();
    files.clear();
    items.value = [];
    leftOut.value = null;
  }

  const uploading = computed(() => items.value.some((item) => item.state === 'uploading'));
  const failed = computed(() => items.value.some((item) => item.state === 'failed'));
  /** Ready to be sent: nothing on its way, nothing failed. */
  const ready = computed(() => !uploading.value && !failed.value);
  const hashes = computed(() => items.value.flatMap((item) => (item.stored ? [item.stored.hash] : [])));

  // One reactive object: read the same inside a store and through it (a store unwraps nested refs).
  return reactive({ items, leftOut, add, remove, retry, clear, uploading, failed, ready, hashes });
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;
