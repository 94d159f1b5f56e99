// Playwright fixtures: people and sessions made directly in the e2e database, so that a
// test starts signed in without clicking through registration every time.
import crypto from 'node:crypto'
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

/** A learner enrolled (no cohort) in the first course, every lesson done and every quiz passed. */
export function eligibleLearner(locale: 'ar' | 'en') {
  const learner = createUser('learner', locale)
  const db = e2eDb()
  const now = new Date().toISOString()
  const course = db.prepare(`SELECT id, slug FROM "Course" WHERE status = 'published' ORDER BY sortOrder LIMIT 1`).get()
  if (!course || typeof course !== 'object' || !('id' in course) || !('slug' in course)) throw new Error('no course imported')
  const courseId = String(course.id)
  db.prepare(`INSERT INTO "Enrollment" (id, userId, courseId, status, createdAt, updatedAt) VALUES (?, ?, ?, 'active', ?, ?)`).run(crypto.randomUUID().replace(/-/g, ''), learner.id, courseId, now, now)
  db.prepare(
    `INSERT INTO "LessonProgress" (id, userId, lessonId, completedAt)
     SELECT lower(hex(randomblob(12))), ?, l.id, ? FROM "Lesson" l JOIN "Module" m ON m.id = l.moduleId WHERE m.courseId = ? AND l.status = 'published' AND m.status = 'published'`,
  ).run(learner.id, now, courseId)
  db.prepare(
    `INSERT INTO "Attempt" (id, userId, quizId, submissionKey, score, maxScore, percent, passed, submittedAt)
     SELECT lower(hex(randomblob(12))), ?, q.id, lower(hex(randomblob(16))), 10, 10, 100, 1, ? FROM "Quiz" q JOIN "Module" m ON m.id = q.moduleId WHERE m.courseId = ? AND m.status = 'published'`,
  ).run(learner.id, now, courseId)
  db.close()
  return { learner, slug: String(course.slug) }
}

/** The first lesson of the first open course, with a learner enrolled in it. */
export function enrolledLearner(locale: 'ar' | 'en') {
  const learner = createUser('learner', locale)
  const db = e2eDb()
  const row = db
    .prepare(
      `SELECT c.id AS courseId, c.slug AS courseSlug, l.slug AS lessonSlug FROM "Lesson" l
       JOIN "Module" m ON m.id = l.moduleId JOIN "Course" c ON c.id = m.courseId
       WHERE c.enrolment = 'open' AND c.status = 'published' AND l.status = 'published' ORDER BY c.sortOrder, m.position, l.position LIMIT 1`,
    )
    .get()
  if (!row || typeof row !== 'object' || !('courseId' in row) || !('courseSlug' in row) || !('lessonSlug' in row)) throw new Error('no open course imported')
  const now = new Date().toISOString()
  db.prepare(`INSERT INTO "Enrollment" (id, userId, courseId, status, createdAt, updatedAt) VALUES (?, ?, ?, 'active', ?, ?)`).run(crypto.randomUUID(), learner.id, String(row.courseId), now, now)
  db.close()
  return { learner, path: `/${locale}/courses/${String(row.courseSlug)}/${String(row.lessonSlug)}` }
}
