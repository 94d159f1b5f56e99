import { describe, expect, test } from 'vitest'
import {
  ABSOLUTE_MS,
  INACTIVITY_MS,
  generateSessionToken,
  judgeSession,
  sessionIdFromToken,
  tokenMatches,
} from './session-rules.ts'

const HOUR = 60 * 60 * 1000
const DAY = 24 * HOUR

describe('session tokens', () => {
  test('carry at least 128 bits of randomness and differ every time', () => {
    const tokens = new Set(Array.from({ length: 200 }, generateSessionToken))
    expect(tokens.size).toBe(200)
    for (const t of tokens) expect(t.length * 5).toBeGreaterThanOrEqual(128) // base32: 5 bits a character
  })
  test('only the SHA-256 is stored, and it matches only its own token', () => {
    const token = generateSessionToken()
    const id = sessionIdFromToken(token)
    expect(id).toMatch(/^[0-9a-f]{64}$/)
    expect(id).not.toContain(token)
    expect(tokenMatches(token, id)).toBe(true)
    expect(tokenMatches(generateSessionToken(), id)).toBe(false)
  })
})

describe('session expiry', () => {
  const start = new Date('2026-01-01T00:00:00Z')
  const fresh = { createdAt: start, lastSeenAt: start, expiresAt: new Date(start.getTime() + INACTIVITY_MS) }

  test('is not touched within the hour', () => {
    expect(judgeSession(fresh, new Date(start.getTime() + 30 * 60 * 1000)).kind).toBe('valid')
  })
  test('slides forward when used after an hour', () => {
    const now = new Date(start.getTime() + 2 * DAY)
    const verdict = judgeSession(fresh, now)
    expect(verdict).toEqual({ kind: 'touch', lastSeenAt: now, expiresAt: new Date(now.getTime() + INACTIVITY_MS) })
  })
  test('ends after 10 days without use', () => {
    expect(judgeSession(fresh, new Date(start.getTime() + 10 * DAY)).kind).toBe('expired')
  })
  test('never outlives 30 days, however active', () => {
    const active = { createdAt: start, lastSeenAt: new Date(start.getTime() + 29 * DAY), expiresAt: new Date(start.getTime() + 39 * DAY) }
    expect(judgeSession(active, new Date(start.getTime() + ABSOLUTE_MS)).kind).toBe('expired')
    const late = judgeSession(active, new Date(start.getTime() + 29 * DAY + 2 * HOUR))
    expect(late.kind === 'touch' && late.expiresAt.getTime()).toBe(start.getTime() + ABSOLUTE_MS)
  })
})
