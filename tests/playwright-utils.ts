// Playwright fixtures: people and sessions made directly in the e2e database, so that a
// test starts signed in without clicking through registration every time.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { test as base, type BrowserContext } from '@playwright/test'
import Database from 'better-sqlite3'
import { baseURL, e2eDatabase } from '../playwright.config.ts'

export function e2eDb() {
  return new Database(path.resolve(import.meta.dirname, '..', e2eDatabase))
}

function base32(bytes: Buffer): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz234567'
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = (value << 8) | byte
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31]
  return out
}

export type TestUser = { id: string; username: string; role: string; token: string }

/** A user with a live session (two-factor done for roles that need it). */
export function createUser(role: 'learner' | 'trainer' | 'coordinator' | 'admin' = 'learner', locale = 'ar'): TestUser {
  const db = e2eDb()
  const id = `u${crypto.randomUUID().replace(/-/g, '')}`
  const username = `${role}-${crypto.randomBytes(4).toString('hex')}`
  const now = new Date().toISOString()
  const needs2fa = role === 'coordinator' || role === 'admin'
  db.prepare(
    `INSERT INTO "User" (id, username, displayName, preferredLocale, role, totpSecret, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, username, `Test ${role}`, locale, role, needs2fa ? 'JBSWY3DPEHPK3PXP' : null, now, now)
  const token = base32(crypto.randomBytes(20))
  const sessionId = crypto.createHash('sha256').update(token).digest('hex')
  db.prepare(
    `INSERT INTO "Session" (id, userId, createdAt, lastSeenAt, expiresAt, userAgent, twoFactorVerified)
     VALUES (?, ?, ?, ?, ?, '', ?)`,
  ).run(sessionId, id, now, now, new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString(), needs2fa ? 1 : 0)
  db.close()
  return { id, username, role, token }
}

export async function signIn(context: BrowserContext, user: TestUser) {
  await context.addCookies([{ name: 'tamkeen_session', value: user.token, url: baseURL, httpOnly: true, sameSite: 'Lax' }])
}

export const test = base.extend<{ signInAs: (role?: TestUser['role'], locale?: string) => Promise<TestUser> }>({
  signInAs: async ({ context }, use) => {
    await use(async (role = 'learner', locale = 'ar') => {
      const user = createUser(role as 'learner', locale)
      await signIn(context, user)
      return user
    })
  },
})
export { expect } from '@playwright/test'

/** A page's own strings, so that a test reads the page as a person in that language would. */
export function strings(lang: string, ns: string): (key: string) => string {
  const json: unknown = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../public/locales/${lang}/${ns}.json`), 'utf8'))
  return (key) => {
    const value = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? Reflect.get(node, part) : undefined), json)
    if (typeof value !== 'string') throw new Error(`no string ${ns}:${key} in ${lang}`)
    return value
  }
}
