// TOTP (RFC 6238, 30 s, 6 digits, as every authenticator app expects) and recovery codes.
// Pure: secrets in, decisions out; the database side is in two-factor.server.ts.
import { sha256 } from '@oslojs/crypto/sha2'
import { constantTimeEqual } from '@oslojs/crypto/subtle'
import { decodeBase32IgnorePadding, encodeBase32LowerCaseNoPadding, encodeBase32UpperCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp'

export const TOTP_PERIOD_SECONDS = 30
export const TOTP_DIGITS = 6
export const RECOVERY_CODE_COUNT = 10
export const ISSUER = 'Tamkeen'

export function generateTotpSecret(): string {
  const key = new Uint8Array(20)
  crypto.getRandomValues(key)
  return encodeBase32UpperCaseNoPadding(key)
}

export function decodeTotpSecret(secret: string): Uint8Array | null {
  try {
    const key = decodeBase32IgnorePadding(secret.toUpperCase().replace(/\s/g, ''))
    return key.length >= 10 ? key : null
  } catch {
    return null
  }
}

/** "ABCD EFGH …": easier to copy by hand into an app on another device. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ')
}

export function totpKeyUri(secret: string, accountName: string): string {
  const key = decodeTotpSecret(secret)
  if (!key) throw new Error('invalid TOTP secret')
  return createTOTPKeyURI(ISSUER, accountName, key, TOTP_PERIOD_SECONDS, TOTP_DIGITS)
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS)
}

/** Arabic-Indic and Persian digits typed on an Arabic keyboard count as the same digits. */
export function normalizeCode(input: string): string {
  return input
    .normalize('NFKC')
    .replace(/[\u0660-\u0669]/g, (d) => String((d.codePointAt(0) ?? 0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String((d.codePointAt(0) ?? 0) - 0x06f0))
    .replace(/[\s-]/g, '')
    .toLowerCase()
}

export function looksLikeTotpCode(input: string): boolean {
  return new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(normalizeCode(input))
}

const encoder = new TextEncoder()

/**
 * The time step the code belongs to (one step of clock drift either way), or null. A step at
 * or before `lastStep` was already used and is refused, so an overheard code cannot be replayed.
 */
export function matchTotp(secret: string, input: string, now: Date, lastStep: number | null): number | null {
  const key = decodeTotpSecret(secret)
  const code = normalizeCode(input)
  if (!key || !looksLikeTotpCode(code)) return null
  const current = totpStep(now)
  for (const step of [current - 1, current, current + 1]) {
    if (lastStep !== null && step <= lastStep) continue
    const expected = generateHOTP(key, BigInt(step), TOTP_DIGITS)
    if (constantTimeEqual(encoder.encode(expected), encoder.encode(code))) return step
  }
  return null
}

/** 12 base32 characters (60 bits), shown as three groups of four. */
export function generateRecoveryCode(): string {
  const bytes = new Uint8Array(8)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes).slice(0, 12).replace(/(.{4})(?=.)/g, '$1-')
}

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode)
}

export function looksLikeRecoveryCode(input: string): boolean {
  return /^[a-z2-7]{12}$/.test(normalizeCode(input))
}

/** Recovery codes carry 60 random bits, so a plain SHA-256 is enough to make a stolen table useless. */
export function hashRecoveryCode(input: string): string {
  return encodeHexLowerCase(sha256(encoder.encode(normalizeCode(input))))
}
