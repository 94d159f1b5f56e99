// Rate limits live in the database, so several app processes share them: two separate
// Prisma clients (two connections, as two processes would have) on one database count
// toward the same limit, and a second process refuses what the first has used up.
import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { createClient } from '#app/db.server.ts'
import { createRateLimiter } from '#app/modules/auth/index.server.ts'
import { rateLimits } from '#app/modules/auth/rate-limit-rules.ts'

const url = process.env.DATABASE_URL ?? ''
const processA = createClient(url)
const processB = createClient(url)
afterAll(async () => {
  await Promise.all([processA.$disconnect(), processB.$disconnect()])
})

test('two app instances on one database share the per-account sign-in limit', async () => {
  const a = createRateLimiter(processA)
  const b = createRateLimiter(processB)
  const { limit } = rateLimits.login.account
  const verdicts = []
  // alternate between the instances, each attempt from a different address
  for (let i = 0; i < limit; i++) verdicts.push(await (i % 2 ? b : a).attempt('login', { account: 'samira', ip: `198.51.100.${i}` }))
  expect(verdicts.every((v) => v.allowed)).toBe(true)
  const refusedByA = await a.attempt('login', { account: 'samira', ip: '198.51.100.200' })
  const refusedByB = await b.attempt('login', { account: 'samira', ip: '198.51.100.201' })
  expect(refusedByA.allowed).toBe(false)
  expect(refusedByB).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) })
  // another account is unaffected
  expect((await b.attempt('login', { account: 'omar', ip: '198.51.100.1' })).allowed).toBe(true)
})

test('the per-IP limit counts across accounts and instances', async () => {
  const a = createRateLimiter(processA)
  const b = createRateLimiter(processB)
  const { limit } = rateLimits.register.ip
  for (let i = 0; i < limit; i++) expect((await (i % 2 ? a : b).attempt('register', { account: `name-${i}`, ip: '203.0.113.9' })).allowed).toBe(true)
  expect((await a.attempt('register', { account: 'fresh-name', ip: '203.0.113.9' })).allowed).toBe(false)
  expect((await b.attempt('register', { account: 'fresh-name', ip: '203.0.113.10' })).allowed).toBe(true)
})

test('a separate operating-system process sees the same counters', async () => {
  const a = createRateLimiter(processA)
  const { limit } = rateLimits.totp.account
  for (let i = 0; i < limit - 1; i++) await a.attempt('totp', { account: 'user-x', ip: '192.0.2.1' })
  // the last allowed attempt and the first refusal happen in another Node process
  const script = `
    import { createRateLimiter } from '#app/modules/auth/index.server.ts'
    import { prisma } from '#app/db.server.ts'
    const limiter = createRateLimiter(prisma)
    const first = await limiter.attempt('totp', { account: 'user-x', ip: '192.0.2.2' })
    const second = await limiter.attempt('totp', { account: 'user-x', ip: '192.0.2.3' })
    console.log(JSON.stringify([first.allowed, second.allowed]))
    await prisma.$disconnect()
  `
  const out = execFileSync('npx', ['tsx', '--input-type=module', '-e', script], {
    cwd: path.resolve(import.meta.dirname, '../..'),
    env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' },
    encoding: 'utf8',
  })
  expect(JSON.parse(out.trim().split('\n').at(-1) ?? '')).toEqual([true, false])
  expect((await a.attempt('totp', { account: 'user-x', ip: '192.0.2.4' })).allowed).toBe(false)
}, 60_000)
