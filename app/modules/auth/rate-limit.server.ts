// Abuse limits counted in the database (RateLimitHit), so that every app process behind a
// load balancer shares the same counters. The decision itself is rate-limit-rules.ts.
import { prisma } from '#app/db.server.ts'
import type { PrismaClient } from '#app/generated/prisma/client.ts'
import {
  combineVerdicts,
  judgeRateLimit,
  rateLimitKey,
  rateLimits,
  type RateLimitAction,
  type RateLimitScope,
  type RateLimitVerdict,
} from './rate-limit-rules.ts'

type Db = Pick<PrismaClient, 'rateLimitHit'>
export type RateLimitIds = Partial<Record<RateLimitScope, string | null | undefined>>

export function createRateLimiter(db: Db, clock: () => Date = () => new Date()) {
  function keysFor(action: RateLimitAction, ids: RateLimitIds) {
    const scopes: RateLimitScope[] = ['account', 'ip']
    return scopes.map((scope) => ({ scope, key: rateLimitKey(action, scope, ids[scope] || 'unknown'), rule: rateLimits[action][scope] }))
  }

  return {
    /**
     * Counts one attempt against every key, unless one of them is already at its limit, in
     * which case nothing is counted and the caller must refuse with 429.
     */
    async attempt(action: RateLimitAction, ids: RateLimitIds): Promise<RateLimitVerdict> {
      const now = clock()
      const keys = keysFor(action, ids)
      const longest = Math.max(...keys.map((k) => k.rule.windowMs))
      const hits = await db.rateLimitHit.findMany({
        where: { key: { in: keys.map((k) => k.key) }, at: { gt: new Date(now.getTime() - longest) } },
        select: { key: true, at: true },
        orderBy: { at: 'desc' },
        take: 1000,
      })
      const verdict = combineVerdicts(
        keys.map((k) => judgeRateLimit(hits.filter((h) => h.key === k.key).map((h) => h.at), k.rule, now)),
      )
      if (!verdict.allowed) return verdict
      await db.rateLimitHit.createMany({ data: keys.map((k) => ({ key: k.key, at: now })) })
      // now and then, forget attempts that no rule looks at any more
      if (Math.random() < 0.02) {
        await db.rateLimitHit.deleteMany({ where: { at: { lt: new Date(now.getTime() - 2 * 60 * 60 * 1000) } } })
      }
      return verdict
    },

    /** After a success, earlier failures on this account stop counting against it. */
    async reset(action: RateLimitAction, scope: RateLimitScope, id: string) {
      await db.rateLimitHit.deleteMany({ where: { key: rateLimitKey(action, scope, id) } })
    },
  }
}

export const rateLimiter = createRateLimiter(prisma)
export type RateLimiter = ReturnType<typeof createRateLimiter>
