// Pure session rules (the Lucia design): a random token in the cookie, only its SHA-256
// in the database, sliding inactivity expiry capped by an absolute lifetime.
import { sha256 } from '@oslojs/crypto/sha2'
import { constantTimeEqual } from '@oslojs/crypto/subtle'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase, decodeHex } from '@oslojs/encoding'

export const INACTIVITY_MS = 10 * 24 * 60 * 60 * 1000
export const ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000
export const TOUCH_INTERVAL_MS = 60 * 60 * 1000

/** 20 random bytes = 160 bits, well over the 128 the design asks for. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(20)
  crypto.getRandomValues(bytes)
  return encodeBase32LowerCaseNoPadding(bytes)
}

export function sessionIdFromToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)))
}

export function tokenMatches(token: string, storedId: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(storedId)) return false
  return constantTimeEqual(sha256(new TextEncoder().encode(token)), decodeHex(storedId))
}

export function initialExpiry(now: Date): Date {
  return new Date(now.getTime() + INACTIVITY_MS)
}

type SessionTimes = { createdAt: Date; lastSeenAt: Date; expiresAt: Date }

export type SessionVerdict =
  | { kind: 'expired' }
  | { kind: 'valid' }
  | { kind: 'touch'; lastSeenAt: Date; expiresAt: Date }

export function judgeSession(session: SessionTimes, now: Date): SessionVerdict {
  const absoluteEnd = session.createdAt.getTime() + ABSOLUTE_MS
  if (now.getTime() >= session.expiresAt.getTime() || now.getTime() >= absoluteEnd) return { kind: 'expired' }
  if (now.getTime() - session.lastSeenAt.getTime() < TOUCH_INTERVAL_MS) return { kind: 'valid' }
  return {
    kind: 'touch',
    lastSeenAt: now,
    expiresAt: new Date(Math.min(now.getTime() + INACTIVITY_MS, absoluteEnd)),
  }
}
