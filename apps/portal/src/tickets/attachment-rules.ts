/** What the contact form and the reply box accept before anything is uploaded: the api's own limits, applied early. */
export interface AttachmentLimits {
  maxAttachments: number;
  maxAttachmentBytes: number;
}

export interface Admitted<F extends { name: string; size: number }> {
  accepted: F[];
  /** Names of files past the count. */
  tooMany: string[];
  tooLarge: string[];
  empty: string[];
}

/** Which of the chosen files fit beside the `already` attached ones, in the order chosen. */
export function admitFiles<F extends { name: string; size: number }>(
  already: number,
  files: readonly F[],
  limits: AttachmentLimits,
): Admitted<F> {
  const admitted: Admitted<F> = { accepted: [], tooMany: [], tooLarge: [], empty: [] };
  for (const file of files) {
    if (file.size === 0) admitted.empty.push(file.name);
    else if (file.size > limits.maxAttachmentBytes) admitted.tooLarge.push(file.name);
    else if (already + admitted.accepted.length >= limits.maxAttachments) admitted.tooMany.push(file.name);
    else admitted.accepted.push(file);
  }
  return admitted;
}

export type SizeUnit = 'bytes' | 'kilobytes' | 'megabytes';

/** A size in the unit people read it in: bytes below 1 KB, KB below 1 MB, else MB (one decimal below 10). */
export function sizeOf(bytes: number): { unit: SizeUnit; value: number } {
  if (bytes < 1024) return { unit: 'bytes', value: bytes };
  if (bytes < 1024 * 1024) return { unit: 'kilobytes', value: Math.max(1, Math.round(bytes / 1024)) };
  const megabytes = bytes / (1024 * 1024);
  return { unit: 'megabytes', value: megabytes < 10 ? Math.round(megabytes * 10) / 10 : Math.round(megabytes) };
}
