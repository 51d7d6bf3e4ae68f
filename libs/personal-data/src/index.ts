/**
 * `@deskstream/personal-data`: personal fields sealed with a key per person kept outside the event
 * log; erasing the person deletes the key (crypto-shredding). Server-side only (node:crypto).
 */
export { FileKeyStore, MemoryKeyStore, type KeyStore, type StoredKey } from './key-store';
export {
  ERASED,
  KeyNotLoadedError,
  MalformedSealedValueError,
  PersonErasedError,
  PersonalDataVault,
  isErased,
  type Erased,
  type Sealed,
} from './vault';
