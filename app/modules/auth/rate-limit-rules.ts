// Abuse limits as plain data and one pure decision, so the numbers are easy to read and test.
// Counted per account (the normalised name typed, whether or not it exists, so that refusals
// say nothing about which accounts exist) and per IP address.
export type RateLimitAction = 'login' | 'register' | 'totp' | 'password'
export type RateLimitScope = 'account' | 'ip'
export type RateLimitRule = { limit: number; windowMs: number }

const MINUTE = 60 * 1000

// Per-IP limits are generous: many people share one address (Tor exits, office NATs, and a
// whole training room on one Wi-Fi signing up together). Guessing is stopped per account.
export const rateLimits: Record<RateLimitAction, Record<RateLimitScope, RateLimitRule>> = {
  login: { account: { limit: 10, windowMs: 15 * MINUTE }, ip: { limit: 200, windowMs: 15 * MINUTE } },
  register: { account: { limit: 5, windowMs: 60 * MINUTE }, ip: { limit: 100, windowMs: 60 * MINUTE } },
  totp: { account: { limit: 5, windowMs: 15 * MINUTE }, ip: { limit: 100, windowMs: 15 * MINUTE } },
  password: { account: { limit: 10, windowMs: 15 * MINUTE }, ip: { limit: 100, windowMs: 15 * MINUTE } },
}

export function rateLimitKey(action: RateLimitAction, scope: RateLimitScope, id: string): string {
  return `${action}:${scope}:${id.slice(0, 128)}`
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number }

/**
 * `recent` are the times of earlier hits on one key (any order). Allowed while fewer than
 * `limit` fall inside the window; otherwise refused until enough of them leave it.
 */
export function judgeRateLimit(recent: Date[], rule: RateLimitRule, now: Date): RateLimitVerdict {
  const since = now.getTime() - rule.windowMs
  const inWindow = recent
    .map((d) => d.getTime())
    .filter((t) => t > since)
    .sort((a, b) => b - a)
  if (inWindow.length < rule.limit) return { allowed: true }
  // the limit-th most recent hit is the one whose expiry lets the next attempt through
  const freeingHit = inWindow[rule.limit - 1] ?? now.getTime()
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((freeingHit + rule.windowMs - now.getTime()) / 1000)) }
}

/** The stricter of several verdicts: refused if any is, waiting for the longest. */
export function combineVerdicts(verdicts: RateLimitVerdict[]): RateLimitVerdict {
  let wait = 0
  for (const v of verdicts) if (!v.allowed) wait = Math.max(wait, v.retryAfterSeconds)
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true }
}
