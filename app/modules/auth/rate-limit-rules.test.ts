import { expect, test } from 'vitest'
import { combineVerdicts, judgeRateLimit, rateLimitKey } from './rate-limit-rules.ts'

const now = new Date('2026-05-01T12:00:00Z')
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60 * 1000)
const rule = { limit: 3, windowMs: 15 * 60 * 1000 }

test('allows attempts until the limit inside the window', () => {
  expect(judgeRateLimit([], rule, now)).toEqual({ allowed: true })
  expect(judgeRateLimit([ago(1), ago(2)], rule, now)).toEqual({ allowed: true })
})

test('refuses at the limit, saying how long until the oldest counted attempt leaves the window', () => {
  expect(judgeRateLimit([ago(1), ago(2), ago(10)], rule, now)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 })
  // more hits than the limit: wait until enough have left, not just the oldest
  expect(judgeRateLimit([ago(1), ago(2), ago(3), ago(14)], rule, now)).toEqual({ allowed: false, retryAfterSeconds: 12 * 60 })
})

test('forgets attempts older than the window', () => {
  expect(judgeRateLimit([ago(1), ago(16), ago(20)], rule, now)).toEqual({ allowed: true })
})

test('the strictest verdict wins', () => {
  expect(combineVerdicts([{ allowed: true }, { allowed: false, retryAfterSeconds: 30 }, { allowed: false, retryAfterSeconds: 90 }])).toEqual({
    allowed: false,
    retryAfterSeconds: 90,
  })
  expect(combineVerdicts([{ allowed: true }, { allowed: true }])).toEqual({ allowed: true })
})

test('keys name the action, the scope and a bounded id', () => {
  expect(rateLimitKey('login', 'ip', '10.0.0.1')).toBe('login:ip:10.0.0.1')
  expect(rateLimitKey('login', 'account', 'x'.repeat(500)).length).toBeLessThan(160)
})
