/**
 * A file's name as the desk keeps and offers it: no folders, no control or header characters, no
 * leading dots, not too long (the extension kept), never empty.
 */
import { ATTACHMENT_LIMITS } from './mail-limits';

// Control characters (C0, DEL, C1), bidi overrides and the characters a path, a header or a shell treats specially.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069"*:<>?\\/|;]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

export function safeFileName(given: string | null | undefined, fallback = 'attachment'): string {
  const lastPart = (given ?? '').split(/[\\/]/).pop() ?? '';
  let name = lastPart
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name || WINDOWS_RESERVED.test(name)) name = name ? `_${name}` : fallback;
  const max = ATTACHMENT_LIMITS.maxFileNameLength;
  if ([...name].length <= max) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 12 ? name.slice(dot) : '';
  return [...name.slice(0, name.length - extension.length)].slice(0, max - extension.length).join('') + extension;
}
