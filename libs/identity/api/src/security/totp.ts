/**
 * TOTP for staff two-factor sign-in, through the `otpauth` library (RFC 6238, as authenticator
 * apps do it by default), and the enrolment QR code through `qrcode`. A code is matched to the
 * time step it belongs to (one step either side of now is accepted), so the decider can refuse a
 * step already used. Recovery codes are random, shown once, and kept only as SHA-256 hashes.
 */
import { hash as hashOnce, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import {
  RECOVERY_CODE_COUNT,
  TOTP_DIGITS,
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
  normalizedCode,
} from '@deskstream/identity-domain';

/** What the authenticator app shows as the account's issuer. */
export const TOTP_ISSUER = 'Deskstream';

const totpFor = (secret: string, username = '') =>
  new TOTP({
    issuer: TOTP_ISSUER,
    label: username,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });

/** A new secret of 160 random bits, base32 as apps take it. */
export const newTotpSecret = (): string => new Secret({ size: 20 }).base32;

/** The `otpauth://` address an authenticator app reads from the QR code. */
export const otpauthUri = (secret: string, username: string): string => totpFor(secret, username).toString();

/** The QR code of the address, as a PNG data URL. */
export const qrCodeDataUrl = (uri: string): Promise<string> =>
  QRCode.toDataURL(uri, { errorCorrectionLevel: 'M', margin: 2, width: 240 });

/** The time step the code is valid for around `now`, or null when it is no valid code at all. */
export function matchingStep(secret: string, rawCode: string, now: Date): number | null {
  const code = normalizedCode(rawCode).replace(/[\s-]/g, '');
  if (!/^\d+$/.test(code)) return null;
  const totp = totpFor(secret);
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: TOTP_WINDOW_STEPS });
  if (delta === null) return null;
  return totp.counter({ timestamp: now.getTime() }) + delta;
}

/** The code for a time (tests, and the demo seed). */
export const totpCodeAt = (secret: string, at: Date): string => totpFor(secret).generate({ timestamp: at.getTime() });

const RECOVERY_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';
const recoveryGroup = () =>
  Array.from({ length: 5 }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]).join('');

/** Fresh recovery codes to show once. */
export const newRecoveryCodes = (): string[] =>
  Array.from({ length: RECOVERY_CODE_COUNT }, () => `${recoveryGroup()}-${recoveryGroup()}`);

export const recoveryCodeHash = (code: string): string => hashOnce('sha256', normalizedCode(code), 'hex');
