/** UUIDs as EventStoreDB carries them: a canonical string, or two signed 64-bit halves. */

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return HEX.test(value);
}

export function uuidToBytes(value: string): Buffer {
  return Buffer.from(value.replace(/-/g, ''), 'hex');
}

export function bytesToUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The "structured" form: most and least significant 64 bits as signed decimal strings. */
export function uuidToStructured(value: string): { most: string; least: string } {
  const bytes = uuidToBytes(value);
  return { most: bytes.readBigInt64BE(0).toString(), least: bytes.readBigInt64BE(8).toString() };
}

export function structuredToUuid(most: string, least: string): string {
  const bytes = Buffer.alloc(16);
  bytes.writeBigInt64BE(BigInt.asIntN(64, BigInt(most)), 0);
  bytes.writeBigInt64BE(BigInt.asIntN(64, BigInt(least)), 8);
  return bytesToUuid(bytes);
}
