// "Devices where I am signed in": one person signed in on several devices (a browser context
// each) signs one of them out, or every other one, and those devices find themselves signed out.
import crypto from 'node:crypto'
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding'
import type { Browser, Page } from '@playwright/test'
import { strings, type Lang } from '../locale-strings.ts'
import { createUser, e2eDb, expect, signIn, test, type TestUser } from '../playwright-utils.ts'

/** One more live session for `userId`, as if signed in from a browser that calls itself `device`. */
function sessionOn(userId: string, device: string): string {
  const token = encodeBase32LowerCaseNoPadding(crypto.randomBytes(20))
  const now = new Date().toISOString()
  const db = e2eDb()
  db.prepare(
    `INSERT INTO "Session" (id, userId, createdAt, lastSeenAt, expiresAt, userAgent, twoFactorVerified) VALUES (?, ?, ?, ?, ?, ?, 0)`,
  ).run(crypto.createHash('sha256').update(token).digest('hex'), userId, now, now, new Date(Date.now() + 86_400_000).toISOString(), device)
  db.close()
  return token
}

async function deviceWith(browser: Browser, user: TestUser, token: string, javaScriptEnabled: boolean, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: lang })
  await signIn(context, { ...user, token })
  return context.newPage()
}

/** Whether this device is still signed in, as the person would find out: by opening their page. */
async function signedIn(page: Page, lang: Lang): Promise<boolean> {
  await page.goto(`/${lang}/me`)
  return new URL(page.url()).pathname === `/${lang}/me`
}

const laptop = 'Firefox on the office laptop'
const phone = 'Tor Browser on my phone'
const tablet = 'Chromium on a shared tablet'

test('signing out one other device, then this one (ar)', async ({ browser }, testInfo) => {
  const lang = 'ar'
  const t = strings(lang, 'auth')
  const js = testInfo.project.use.javaScriptEnabled !== false
  const user = createUser('learner', lang)
  const here = await deviceWith(browser, user, sessionOn(user.id, laptop), js, lang)
  const there = await deviceWith(browser, user, sessionOn(user.id, phone), js, lang)
  expect(await signedIn(there, lang)).toBe(true)

  await here.goto(`/${lang}/me/sessions`)
  const rows = here.getByRole('row').filter({ has: here.getByRole('cell') })
  await expect(rows.filter({ hasText: laptop })).toContainText(t('sessions.current'))
  await expect(rows.filter({ hasText: phone })).not.toContainText(t('sessions.current'))
  await here.getByRole('button', { name: t('sessions.endLabel', { device: phone }) }).click()
  await expect(here.getByRole('status')).toHaveText(t('sessions.ended'))
  await expect(rows.filter({ hasText: phone })).toHaveCount(0)
  await expect(rows.filter({ hasText: laptop })).toHaveCount(1)

  // the phone is signed out; the laptop is not
  expect(await signedIn(there, lang)).toBe(false)
  await expect(there).toHaveURL(new RegExp(`/${lang}/login\\?redirectTo=`))
  expect(await signedIn(here, lang)).toBe(true)

  // signing out this device from the list is signing out
  await here.goto(`/${lang}/me/sessions`)
  await here.getByRole('button', { name: t('sessions.endLabel', { device: laptop }) }).click()
  await expect(here).toHaveURL(new RegExp(`/${lang}/login\\?signedOut=1$`))
  expect(await signedIn(here, lang)).toBe(false)
  await here.context().close()
  await there.context().close()
})

test('signing out every other device (en)', async ({ browser }, testInfo) => {
  const lang = 'en'
  const t = strings(lang, 'auth')
  const js = testInfo.project.use.javaScriptEnabled !== false
  const user = createUser('learner', lang)
  const here = await deviceWith(browser, user, sessionOn(user.id, laptop), js, lang)
  const others = [await deviceWith(browser, user, sessionOn(user.id, phone), js, lang), await deviceWith(browser, user, sessionOn(user.id, tablet), js, lang)]
  for (const other of others) expect(await signedIn(other, lang)).toBe(true)

  await here.goto(`/${lang}/me/sessions`)
  const rows = here.getByRole('row').filter({ has: here.getByRole('cell') })
  // the three devices plus the fixture's own session
  await expect(rows).toHaveCount(4)
  await here.getByRole('button', { name: t('sessions.endOthers') }).click()
  await expect(here.getByRole('status')).toHaveText(t('sessions.endedOthers'))
  await expect(rows).toHaveCount(1)
  await expect(rows).toContainText(laptop)
  await expect(rows).toContainText(t('sessions.current'))
  // alone now, so the button is gone
  await expect(here.getByRole('button', { name: t('sessions.endOthers') })).toHaveCount(0)

  for (const other of others) expect(await signedIn(other, lang)).toBe(false)
  expect(await signedIn(here, lang)).toBe(true)
  for (const page of [here, ...others]) await page.context().close()
})
