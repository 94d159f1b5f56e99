// Who may join a cohort through its invite code, and the codes themselves (invite and
// one-time activation). Pure: the caller passes the cohort, the head-count and the clock.
import { sha256 } from '@oslojs/crypto/sha2'
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding'

const DAY_MS = 24 * 60 * 60 * 1000

export type JoinableCohort = {
  capacity: number
  startsOn: Date
  endsOn: Date
  inviteOpen: boolean
  archivedAt: Date | null
}

export type JoinRefusal = 'unknown' | 'disabled' | 'closed' | 'full' | 'already' | 'otherCohort'
export type JoinVerdict = { ok: true } | { ok: false; reason: JoinRefusal }

/** The last moment one can join: the end of the cohort's last day (dates are UTC days). */
export function joinDeadline(cohort: Pick<JoinableCohort, 'endsOn'>): Date {
  const end = cohort.endsOn
  return new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), end.getUTCDate()) + DAY_MS)
}

/**
 * Joining is allowed before the start (people sign up ahead), never after the last day,
 * never into an archived cohort, a switched-off invite or a full cohort. `membership` is
 * the person's current enrolment in the cohort's course, if any.
 */
export function judgeJoin(
  cohort: JoinableCohort | null,
  activeCount: number,
  now: Date,
  membership: { cohortId: string | null; status: string } | null = null,
  cohortId?: string,
): JoinVerdict {
  if (!cohort) return { ok: false, reason: 'unknown' }
  if (membership && membership.status === 'active' && membership.cohortId) {
    if (membership.cohortId === cohortId) return { ok: false, reason: 'already' }
    return { ok: false, reason: 'otherCohort' }
  }
  if (cohort.archivedAt || now.getTime() >= joinDeadline(cohort).getTime()) return { ok: false, reason: 'closed' }
  if (!cohort.inviteOpen) return { ok: false, reason: 'disabled' }
  if (activeCount >= cohort.capacity) return { ok: false, reason: 'full' }
  return { ok: true }
}

/** How many more people fit; never negative. */
export function seatsLeft(capacity: number, activeCount: number): number {
  return Math.max(0, capacity - activeCount)
}

function randomBase32(bytes: number): string {
  const buffer = new Uint8Array(bytes)
  crypto.getRandomValues(buffer)
  return encodeBase32LowerCaseNoPadding(buffer)
}

/** 10 base32 characters (50 bits): short enough to read out, too many to guess. */
export function generateInviteCode(): string {
  return randomBase32(7).slice(0, 10)
}

/** A code as typed or pasted from a messenger: case, spaces and dashes do not matter. */
export function normalizeCode(raw: string): string {
  return raw.trim().toLowerCase().replace(/[\s-]/g, '')
}

export function isWellFormedInviteCode(code: string): boolean {
  return /^[a-z2-7]{10}$/.test(code)
}

/** Rotating replaces the code, so every earlier link stops working at once. */
export function rotateInvite(previous: string | null): { inviteCode: string; inviteOpen: true } {
  let next = generateInviteCode()
  while (next === previous) next = generateInviteCode()
  return { inviteCode: next, inviteOpen: true }
}

export const ACTIVATION_DAYS = 14

/** 15 base32 characters shown as three groups of five, handed over in person. */
export function generateActivationCode(): string {
  const raw = randomBase32(10).slice(0, 15)
  return `${raw.slice(0, 5)}-${raw.slice(5, 10)}-${raw.slice(10, 15)}`
}

/** Only the SHA-256 of a normalised activation code is stored. */
export function hashActivationCode(code: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(normalizeCode(code))))
}

export function activationExpiry(now: Date): Date {
  return new Date(now.getTime() + ACTIVATION_DAYS * DAY_MS)
}

export function activationValid(
  stored: { activationCode: string | null; activationExpires: Date | null },
  code: string,
  now: Date,
): boolean {
  if (!stored.activationCode || !stored.activationExpires) return false
  if (now.getTime() >= stored.activationExpires.getTime()) return false
  const given = hashActivationCode(code)
  // both are 64 hex characters; compare without an early exit
  let diff = given.length ^ stored.activationCode.length
  for (let i = 0; i < given.length; i++) diff |= given.charCodeAt(i) ^ (stored.activationCode.charCodeAt(i) || 0)
  return diff === 0
}
