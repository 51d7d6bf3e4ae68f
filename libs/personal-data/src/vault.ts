/**
 * Personal data sealed with a key per person (AES-256-GCM). Events carry only sealed values;
 * the keys live in a `KeyStore` outside the event log. Erasing a person deletes the key, so every
 * event stays where it is and its personal fields can never be read again (crypto-shredding).
 *
 * `seal` and `open` are synchronous once the person's key is in memory: `ensureKey` (before the
 * first seal) or `load` (before reading) fetch it from the store. `open` of an erased person's
 * value answers `ERASED`; of a person not loaded yet it throws `KeyNotLoadedError`, so a caller
 * never mistakes "not fetched yet" for "erased".
 */
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { KeyStore } from './key-store';

/** What a sealed value reads as once its person was erased. */
export interface Erased {
  readonly erased: true;
}
export const ERASED: Erased = Object.freeze({ erased: true as const });

export function isErased(value: unknown): value is Erased {
  return value === ERASED;
}

/** A sealed value as it is written into events: `pd1.<person>.<iv>.<ciphertext and tag>`, base64url parts. */
export type Sealed = string;

export class KeyNotLoadedError extends Error {
  constructor(readonly personId: string) {
    super(`The key of person ${personId} is not loaded; load it before opening their data.`);
    this.name = 'KeyNotLoadedError';
  }
}

export class PersonErasedError extends Error {
  constructor(readonly personId: string) {
    super(`Person ${personId} was erased; nothing more can be sealed for them.`);
    this.name = 'PersonErasedError';
  }
}

export class MalformedSealedValueError extends Error {
  constructor() {
    super('Not a sealed value, or it was altered.');
    this.name = 'MalformedSealedValueError';
  }
}

const VERSION = 'pd1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** The key id under which the vault keeps its own key for lookup hashes. */
const LOOKUP_KEY_ID = '~lookup';

export class PersonalDataVault {
  private readonly keys = new Map<string, Uint8Array | 'erased'>();

  /** Opens a vault on a key store; its lookup key is made on first use and kept in the same store. */
  static async open(store: KeyStore): Promise<PersonalDataVault> {
    const held = await store.get(LOOKUP_KEY_ID);
    const lookupKey = held instanceof Uint8Array ? held : await store.create(LOOKUP_KEY_ID, randomBytes(32));
    if (!(lookupKey instanceof Uint8Array)) throw new Error('The vault lookup key was erased.');
    return new PersonalDataVault(store, lookupKey);
  }

  private constructor(
    private readonly store: KeyStore,
    private readonly lookupKey: Uint8Array,
  ) {}

  /** Makes the person's key if there is none yet (and loads it). Refused for an erased person. */
  async ensureKey(personId: string): Promise<void> {
    checkPersonId(personId);
    const cached = this.keys.get(personId);
    // A person read as absent earlier (no key yet) is asked again: only the store knows a tombstone.
    const known = cached instanceof Uint8Array ? cached : await this.store.get(personId);
    const key = known ?? (await this.store.create(personId, randomBytes(32)));
    this.keys.set(personId, key);
    if (key === 'erased') throw new PersonErasedError(personId);
  }

  /** Fetches these people's keys (or the fact that they were erased) into memory. */
  async load(personIds: Iterable<string>): Promise<void> {
    const missing = [...new Set(personIds)].filter((id) => this.keys.get(id) === undefined);
    const held = await Promise.all(missing.map((id) => this.store.get(id)));
    // No key in the store for a value sealed with one: it was deleted, so the person is erased.
    missing.forEach((id, index) => this.keys.set(id, held[index] ?? 'erased'));
  }

  isLoaded(personId: string): boolean {
    return this.keys.has(personId);
  }

  isErased(personId: string): boolean {
    return this.keys.get(personId) === 'erased';
  }

  /** Seals a value with the person's key (loaded by `ensureKey`). */
  seal(personId: string, value: string): Sealed {
    const key = this.keys.get(personId);
    if (key === undefined) throw new KeyNotLoadedError(personId);
    if (key === 'erased') throw new PersonErasedError(personId);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(aad(personId));
    const body = Buffer.concat([cipher.update(value, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return [VERSION, b64(Buffer.from(personId, 'utf8')), b64(iv), b64(body)].join('.');
  }

  /** The value, or `ERASED` once the person's key was deleted; throws when the key is not loaded or the value was altered. */
  open(sealed: Sealed): string | Erased {
    const { personId, iv, body } = parse(sealed);
    const key = this.keys.get(personId);
    if (key === undefined) throw new KeyNotLoadedError(personId);
    if (key === 'erased') return ERASED;
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, iv);
      decipher.setAAD(aad(personId));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      throw new MalformedSealedValueError();
    }
  }

  /** As `open`, with `whenErased` in place of the marker. */
  openOr<T>(sealed: Sealed, whenErased: T): string | T {
    const value = this.open(sealed);
    return isErased(value) ? whenErased : value;
  }

  /** The person a sealed value belongs to (no key needed). */
  personOf(sealed: Sealed): string {
    return parse(sealed).personId;
  }

  /**
   * A keyed hash of a value, to find a record by it (an email, a card number) without keeping the
   * value in clear. The same value always gives the same hash; normalise before hashing.
   */
  lookupHash(value: string): string {
    return createHmac('sha256', this.lookupKey).update(value, 'utf8').digest('base64url');
  }

  /** Deletes the person's key for good: everything sealed for them reads as `ERASED` from now on. */
  async erase(personId: string): Promise<void> {
    checkPersonId(personId);
    await this.store.erase(personId);
    const key = this.keys.get(personId);
    if (key instanceof Uint8Array) key.fill(0);
    this.keys.set(personId, 'erased');
  }
}

function checkPersonId(personId: string): void {
  if (personId.length === 0 || personId === LOOKUP_KEY_ID) throw new Error('Not a person id.');
}

function aad(personId: string): Buffer {
  return Buffer.from(`${VERSION}.${personId}`, 'utf8');
}

function b64(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

function parse(sealed: Sealed): { personId: string; iv: Buffer; body: Buffer } {
  const parts = typeof sealed === 'string' ? sealed.split('.') : [];
  if (parts.length !== 4 || parts[0] !== VERSION) throw new MalformedSealedValueError();
  const personId = Buffer.from(parts[1], 'base64url').toString('utf8');
  const iv = Buffer.from(parts[2], 'base64url');
  const body = Buffer.from(parts[3], 'base64url');
  if (!personId || iv.length !== IV_BYTES || body.length < TAG_BYTES) throw new MalformedSealedValueError();
  return { personId, iv, body };
}
