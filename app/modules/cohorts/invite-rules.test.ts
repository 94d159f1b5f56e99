import { describe, expect, test } from 'vitest'
import {
  activationExpiry,
  activationValid,
  generateActivationCode,
  generateInviteCode,
  hashActivationCode,
  isWellFormedInviteCode,
  judgeJoin,
  normalizeCode,
  rotateInvite,
  seatsLeft,
} from './invite-rules.ts'

const cohort = {
  capacity: 3,
  startsOn: new Date('2026-03-01T00:00:00Z'),
  endsOn: new Date('2026-04-30T00:00:00Z'),
  inviteOpen: true,
  archivedAt: null,
}
const during = new Date('2026-03-10T12:00:00Z')

describe('joining through an invite', () => {
  test('an open cohort with room takes people, before and during its dates', () => {
    expect(judgeJoin(cohort, 2, during)).toEqual({ ok: true })
    expect(judgeJoin(cohort, 0, new Date('2026-02-01T00:00:00Z'))).toEqual({ ok: true })
  })
  test('the last day still counts; the day after is closed', () => {
    expect(judgeJoin(cohort, 0, new Date('2026-04-30T23:59:59Z'))).toEqual({ ok: true })
    expect(judgeJoin(cohort, 0, new Date('2026-05-01T00:00:00Z'))).toEqual({ ok: false, reason: 'closed' })
  })
  test('a full cohort refuses the next person', () => {
    expect(judgeJoin(cohort, 3, during)).toEqual({ ok: false, reason: 'full' })
    expect(judgeJoin({ ...cohort, capacity: 0 }, 0, during)).toEqual({ ok: false, reason: 'full' })
    expect(seatsLeft(3, 5)).toBe(0)
    expect(seatsLeft(3, 1)).toBe(2)
  })
  test('a switched-off invite, an archived cohort and an unknown code say so', () => {
    expect(judgeJoin({ ...cohort, inviteOpen: false }, 0, during)).toEqual({ ok: false, reason: 'disabled' })
    expect(judgeJoin({ ...cohort, archivedAt: during }, 0, during)).toEqual({ ok: false, reason: 'closed' })
    expect(judgeJoin(null, 0, during)).toEqual({ ok: false, reason: 'unknown' })
  })
  test('a member is told they are in already, or in another group of the course', () => {
    expect(judgeJoin(cohort, 3, during, { cohortId: 'c1', status: 'active' }, 'c1')).toEqual({ ok: false, reason: 'already' })
    expect(judgeJoin(cohort, 0, during, { cohortId: 'c2', status: 'active' }, 'c1')).toEqual({ ok: false, reason: 'otherCohort' })
    // removed earlier, or enrolled in the course on their own: may join
    expect(judgeJoin(cohort, 0, during, { cohortId: 'c1', status: 'removed' }, 'c1')).toEqual({ ok: true })
    expect(judgeJoin(cohort, 0, during, { cohortId: null, status: 'active' }, 'c1')).toEqual({ ok: true })
  })
})

describe('codes', () => {
  test('invite codes are short, well-formed and different every time', () => {
    const codes = new Set(Array.from({ length: 200 }, generateInviteCode))
    expect(codes.size).toBe(200)
    for (const code of codes) expect(isWellFormedInviteCode(code)).toBe(true)
    expect(isWellFormedInviteCode('short')).toBe(false)
  })
  test('rotation gives a new, open code', () => {
    const next = rotateInvite('abcdefghij')
    expect(next.inviteCode).not.toBe('abcdefghij')
    expect(next.inviteOpen).toBe(true)
  })
  test('codes survive messenger formatting', () => {
    expect(normalizeCode(' AbCd-EfGh 23 ')).toBe('abcdefgh23')
  })
  test('an activation code is checked by its hash, ignoring case and dashes, until it expires', () => {
    const code = generateActivationCode()
    expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}-[a-z2-7]{5}$/)
    const now = new Date('2026-03-01T00:00:00Z')
    const stored = { activationCode: hashActivationCode(code), activationExpires: activationExpiry(now) }
    expect(stored.activationCode).not.toContain(code.slice(0, 5))
    expect(activationValid(stored, code.toUpperCase().replace(/-/g, ' '), now)).toBe(true)
    expect(activationValid(stored, 'aaaaa-bbbbb-ccccc', now)).toBe(false)
    expect(activationValid(stored, code, new Date('2026-03-15T00:00:00Z'))).toBe(false)
    expect(activationValid({ activationCode: null, activationExpires: null }, code, now)).toBe(false)
  })
})
