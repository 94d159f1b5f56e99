// A newcomer follows a trainer's invite link while signed out, creates an account, comes back
// to the invite page signed in, joins, and finds the course among their own. Runs in both
// projects: in English with JavaScript, in Arabic without.
import crypto from 'node:crypto'
import { strings } from '../locale-strings.ts'
import { e2eDb, expect, test } from '../playwright-utils.ts'

const COURSE_ID = 'advocacy'

/** The page's address is exactly this path (and query), on our own origin. */
const at = (pathAndQuery: string) => new RegExp(`^https?://[^/]+${pathAndQuery.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)

/** A running cohort of the advocacy course with an open invite; returns its code and names. */
function openCohort(lang: 'ar' | 'en') {
  const db = e2eDb()
  const tag = crypto.randomBytes(4).toString('hex')
  // ten base32 letters, the shape the app hands out
  const code = Array.from(crypto.randomBytes(10), (byte) => 'abcdefghijklmnopqrstuvwxyz234567'[byte & 31]).join('')
  const now = new Date()
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString()
  db.prepare(
    `INSERT INTO Cohort (id, courseId, nameAr, nameEn, startsOn, endsOn, capacity, inviteCode, inviteOpen, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, 20, ?, 1, ?, ?)`,
  ).run(`c${tag}`, COURSE_ID, `دفعة القادمين الجدد ${tag}`, `Newcomers ${tag}`, day(-2), day(30), code, now.toISOString(), now.toISOString())
  const row = db.prepare('SELECT title FROM CourseTranslation WHERE courseId = ? AND locale = ?').get(COURSE_ID, lang)
  db.close()
  if (!row || typeof row !== 'object' || !('title' in row)) throw new Error(`course ${COURSE_ID} is not imported in the e2e database`)
  return { code, cohortName: lang === 'ar' ? `دفعة القادمين الجدد ${tag}` : `Newcomers ${tag}`, courseTitle: String(row.title) }
}

test('a newcomer registers from an invite link, comes back to it and joins', async ({ page }, testInfo) => {
  const lang = testInfo.project.name === 'no-js' ? 'ar' : 'en'
  const auth = strings(lang, 'auth')
  const cohorts = strings(lang, 'cohorts')
  const courses = strings(lang, 'courses')
  const { code, cohortName, courseTitle } = openCohort(lang)
  const invite = `/${lang}/join/${code}`

  // signed out, the invite explains what to do and leads to registration, remembering the way back
  await page.goto(invite)
  await expect(page.getByRole('heading', { level: 1 })).toContainText(cohortName)
  await expect(page.getByText(cohorts('join.newcomer'))).toBeVisible()
  await page.getByRole('link', { name: cohorts('join.register') }).click()
  await expect(page).toHaveURL(at(`/${lang}/register?redirectTo=${encodeURIComponent(invite)}`))
  await expect(page).toHaveTitle(auth('register.title'))

  // a refused first try keeps the way back
  const username = `newcomer-${crypto.randomBytes(3).toString('hex')}`
  await page.getByLabel(auth('register.username')).fill(username)
  await page.getByLabel(auth('register.password'), { exact: true }).fill('too short')
  await page.getByRole('button', { name: auth('register.submit') }).click()
  await expect(page.getByText(auth('errors.passwordTooShort'))).toBeVisible()
  await page.getByLabel(auth('register.password'), { exact: true }).fill('jasmine courtyard evening lantern')
  await page.getByRole('button', { name: auth('register.submit') }).click()

  // back on the invite, signed in: one button joins
  await expect(page).toHaveURL(at(invite))
  await expect(page.getByText(cohorts('join.newcomer'))).toHaveCount(0)
  await page.getByRole('button', { name: cohorts('join.submit') }).click()
  await expect(page).toHaveURL(at(`${invite}?joined=1`))
  await expect(page.getByText(cohorts('join.joined'))).toBeVisible()

  // the course is now among the learner's own
  await page.goto(`/${lang}/me`)
  const mine = page.getByRole('region', { name: courses('me.heading') })
  await expect(mine.getByRole('link', { name: courseTitle })).toBeVisible()
})

test('registration never sends a newcomer to another site', async ({ page }, testInfo) => {
  const lang = testInfo.project.name === 'no-js' ? 'ar' : 'en'
  const auth = strings(lang, 'auth')
  await page.goto(`/${lang}/register?redirectTo=${encodeURIComponent('//evil.example/phish')}`)
  await expect(page.locator('input[name="redirectTo"]')).toHaveCount(0)
  await page.getByLabel(auth('register.username')).fill(`stay-${crypto.randomBytes(3).toString('hex')}`)
  await page.getByLabel(auth('register.password'), { exact: true }).fill('jasmine courtyard evening lantern')
  await page.getByRole('button', { name: auth('register.submit') }).click()
  await expect(page).toHaveURL(at(`/${lang}/me`))
})
