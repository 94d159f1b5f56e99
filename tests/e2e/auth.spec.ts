// Account journeys through the real pages, in both languages (and, through the no-js
// project, with JavaScript switched off): register, sign out, sign in, two-factor with an
// app code and a recovery code, bad input, rate limits, deleting the account, admin roles.
import { decodeBase32IgnorePadding } from '@oslojs/encoding'
import { generateHOTP } from '@oslojs/otp'
import type { Page } from '@playwright/test'
import { strings } from '../locale-strings.ts'
import { createUser, expect, test } from '../playwright-utils.ts'

const password = 'olive window river morning'
const unique = () => `u${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`

/** The code an authenticator app shows for a 30-second time step. */
function totpAt(secret: string, step: number): string {
  return generateHOTP(decodeBase32IgnorePadding(secret.replace(/\s/g, '')), BigInt(step), 6)
}
const currentStep = () => Math.floor(Date.now() / 30_000)

for (const lang of ['ar', 'en'] as const) {
  const a = strings(lang, 'auth')
  const account = strings(lang, 'account')
  const common = strings(lang, 'common')

  async function signOut(page: Page) {
    await page.getByRole('button', { name: common('nav.signOut') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/login\\?signedOut=1$`))
  }
  async function signInWithPassword(page: Page, username: string) {
    await page.getByLabel(a('login.username'), { exact: true }).fill(username)
    await page.getByLabel(a('login.password'), { exact: true }).fill(password)
    await page.getByRole('button', { name: a('login.submit'), exact: true }).click()
  }

  test(`account journey in ${lang}: register, sign in and out, two-factor, recovery code, delete`, async ({ page }) => {
    const username = unique()

    // an empty form: a translated message beside each required field, nothing created
    await page.goto(`/${lang}/register`)
    await expect(page).toHaveTitle(a('register.title'))
    await expect(page.getByText(a('register.passwordHint'))).toBeVisible()
    await page.getByRole('button', { name: a('register.submit') }).click()
    await expect(page.getByText(a('errors.usernameRequired'))).toBeVisible()
    await expect(page.getByText(a('errors.passwordRequired'))).toBeVisible()
    await expect(page.getByLabel(a('register.username'))).toHaveAttribute('aria-invalid', 'true')

    // a short password and HTML in the name: the values typed stay, the password does not
    await page.getByLabel(a('register.username')).fill(username)
    await page.getByLabel(a('register.displayName')).fill('<b>Abu Omar</b>')
    await page.getByLabel(a('register.password'), { exact: true }).fill('too short')
    await page.getByRole('button', { name: a('register.submit') }).click()
    await expect(page.getByText(a('errors.passwordTooShort'))).toBeVisible()
    await expect(page.getByLabel(a('register.username'))).toHaveValue(username)
    await expect(page.getByLabel(a('register.displayName'))).toHaveValue('<b>Abu Omar</b>')
    expect(await page.content()).not.toContain('too short')

    await page.getByLabel(a('register.password'), { exact: true }).fill(password)
    await page.getByRole('button', { name: a('register.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))
    // the name is shown as text, never as markup
    await expect(page.getByRole('heading', { level: 1 })).toContainText('<b>Abu Omar</b>')

    // sign out, then sign in again, arriving where we were going
    await signOut(page)
    await page.goto(`/${lang}/me/sessions`)
    await expect(page).toHaveURL(new RegExp(`/${lang}/login\\?redirectTo=`))
    await page.getByLabel(a('login.username'), { exact: true }).fill(username)
    await page.getByLabel(a('login.password'), { exact: true }).fill('not my password at all')
    await page.getByRole('button', { name: a('login.submit'), exact: true }).click()
    await expect(page.getByText(a('errors.wrongCredentials'))).toBeVisible()
    await expect(page.getByLabel(a('login.username'), { exact: true })).toHaveValue(username)
    await page.getByLabel(a('login.password'), { exact: true }).fill(password)
    await page.getByRole('button', { name: a('login.submit'), exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me/sessions$`))
    await expect(page.getByText(a('sessions.current'))).toBeVisible()

    // turn on two-factor with a code computed from the secret shown as text
    await page.goto(`/${lang}/me/two-factor`)
    await page.getByRole('button', { name: a('twoFactor.start') }).click()
    await expect(page.locator('.qr svg')).toBeVisible()
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? ''
    expect(secret.replace(/\s/g, '')).toMatch(/^[A-Z2-7]{32}$/)
    await page.getByLabel(a('twoFactor.code')).fill('000000')
    await page.getByRole('button', { name: a('twoFactor.confirm') }).click()
    await expect(page.getByText(a('errors.wrongCode'))).toBeVisible()
    const setupStep = currentStep()
    await page.getByLabel(a('twoFactor.code')).fill(totpAt(secret, setupStep))
    await page.getByRole('button', { name: a('twoFactor.confirm') }).click()
    await expect(page.getByRole('heading', { name: a('twoFactor.recoveryHeading') })).toBeVisible()
    const codes = await page.locator('.recovery-codes code').allTextContents()
    expect(codes).toHaveLength(10)

    // signing in now asks for the second step; the password alone is not enough
    await signOut(page)
    await page.goto(`/${lang}/login`)
    await signInWithPassword(page, username)
    await expect(page).toHaveURL(new RegExp(`/${lang}/login/two-factor`))
    await page.goto(`/${lang}/me`)
    await expect(page).toHaveURL(new RegExp(`/${lang}/login\\?redirectTo=`))
    await signInWithPassword(page, username)
    await expect(page).toHaveURL(new RegExp(`/${lang}/login/two-factor`))
    // a code is accepted once only, so sign in with the next step's code (one step of drift is allowed)
    await page.getByLabel(a('twoFactorLogin.code')).fill(totpAt(secret, setupStep + 1).replace(/^(\d{3})/, '$1 '))
    await page.getByRole('button', { name: a('twoFactorLogin.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))

    // a recovery code works once
    await signOut(page)
    await signInWithPassword(page, username)
    await page.getByLabel(a('twoFactorLogin.code')).fill(codes[0]!)
    await page.getByRole('button', { name: a('twoFactorLogin.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))
    await signOut(page)
    await signInWithPassword(page, username)
    await page.getByLabel(a('twoFactorLogin.code')).fill(codes[0]!)
    await page.getByRole('button', { name: a('twoFactorLogin.submit') }).click()
    await expect(page.getByText(a('errors.wrongCode'))).toBeVisible()
    await page.getByLabel(a('twoFactorLogin.code')).fill(codes[1]!)
    await page.getByRole('button', { name: a('twoFactorLogin.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))

    // delete the account: the password and an explicit yes are needed
    await page.getByRole('link', { name: account('me.deleteAccount') }).click()
    await page.getByLabel(a('delete.password')).fill(password)
    await page.getByRole('button', { name: a('delete.submit') }).click()
    await expect(page.getByText(a('errors.confirmRequired'))).toBeVisible()
    await page.getByLabel(a('delete.password')).fill(password)
    await page.getByLabel(a('delete.confirm')).check()
    await page.getByRole('button', { name: a('delete.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/login\\?deleted=1$`))
    await expect(page.getByText(a('login.deleted'))).toBeVisible()
    await signInWithPassword(page, username)
    await expect(page.getByText(a('errors.wrongCredentials'))).toBeVisible()
  })

  test(`two-factor in ${lang}: new recovery codes replace the old ones, and turning it off needs a valid code`, async ({ page, signInAs }) => {
    await signInAs('learner', lang)
    await page.goto(`/${lang}/me/two-factor`)
    await page.getByRole('button', { name: a('twoFactor.start') }).click()
    const secret = (await page.getByTestId('totp-secret').textContent()) ?? ''
    await page.getByLabel(a('twoFactor.code')).fill(totpAt(secret, currentStep()))
    await page.getByRole('button', { name: a('twoFactor.confirm') }).click()
    await expect(page.getByRole('heading', { name: a('twoFactor.recoveryHeading') })).toBeVisible()
    const oldCodes = await page.locator('.recovery-codes code').allTextContents()
    expect(oldCodes).toHaveLength(10)
    await page.getByRole('link', { name: a('twoFactor.recoverySaved') }).click()
    await page.goto(`/${lang}/me/two-factor`)
    await expect(page.getByText(a('twoFactor.statusOn'))).toBeVisible()

    const regenerate = page.getByRole('region', { name: a('twoFactor.regenerateHeading') })
    const disable = page.getByRole('region', { name: a('twoFactor.disableHeading') })
    // a wrong code makes nothing new
    await regenerate.getByLabel(a('twoFactor.code')).fill('123456')
    await regenerate.getByRole('button', { name: a('twoFactor.regenerate') }).click()
    await expect(regenerate.getByText(a('errors.wrongCode'))).toBeVisible()
    // a recovery code does: ten new ones, none of the old
    await regenerate.getByLabel(a('twoFactor.code')).fill(oldCodes[0] ?? '')
    await regenerate.getByRole('button', { name: a('twoFactor.regenerate') }).click()
    await expect(page.getByRole('heading', { name: a('twoFactor.recoveryHeading') })).toBeVisible()
    const newCodes = await page.locator('.recovery-codes code').allTextContents()
    expect(newCodes).toHaveLength(10)
    expect(newCodes.filter((code) => oldCodes.includes(code))).toEqual([])

    // an old code no longer turns it off; a new one does
    await page.goto(`/${lang}/me/two-factor`)
    await disable.getByLabel(a('twoFactor.code')).fill(oldCodes[1] ?? '')
    await disable.getByRole('button', { name: a('twoFactor.disable') }).click()
    await expect(disable.getByText(a('errors.wrongCode'))).toBeVisible()
    await expect(page.getByText(a('twoFactor.statusOn'))).toBeVisible()
    await disable.getByLabel(a('twoFactor.code')).fill(newCodes[0] ?? '')
    await disable.getByRole('button', { name: a('twoFactor.disable') }).click()
    await expect(page.getByRole('status')).toHaveText(a('twoFactor.disabled'))
    await expect(page.getByText(a('twoFactor.statusOff'))).toBeVisible()
    await expect(page.getByRole('button', { name: a('twoFactor.start') })).toBeVisible()
  })
}

test('too many wrong passwords for one account are refused with 429 and a translated message', async ({ page }) => {
  const a = strings('en', 'auth')
  const username = unique()
  let last = 0
  for (let i = 0; i < 11; i++) {
    await page.goto('/en/login')
    await page.getByLabel(a('login.username'), { exact: true }).fill(username)
    await page.getByLabel(a('login.password'), { exact: true }).fill(`wrong guess number ${i}`)
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'POST'),
      page.getByRole('button', { name: a('login.submit'), exact: true }).click(),
    ])
    last = response.status()
  }
  expect(last).toBe(429)
  await expect(page.getByRole('alert')).toContainText('Too many attempts')
})

test('an admin finds an account and changes its role', async ({ page, signInAs }) => {
  const admin = strings('en', 'admin')
  const learner = createUser('learner', 'en')
  await signInAs('admin', 'en')
  await page.goto('/en/admin')
  await page.getByLabel(admin('search')).fill(learner.username)
  await page.getByRole('button', { name: admin('searchSubmit') }).click()
  await expect(page).toHaveURL(new RegExp(`q=${learner.username}`))
  await expect(page.getByText(admin('results_one'))).toBeVisible()
  await expect(page.getByRole('cell', { name: learner.username, exact: true })).toBeVisible()
  await page.getByLabel(`Role for ${learner.username}`).selectOption('trainer')
  await page.getByRole('button', { name: admin('change') }).click()
  await expect(page.getByText(admin('notices.changed'))).toBeVisible()
  await expect(page.getByLabel(`Role for ${learner.username}`)).toHaveValue('trainer')
})

test('a learner may not open the admin page', async ({ page, signInAs }) => {
  await signInAs('learner', 'en')
  const response = await page.goto('/en/admin')
  expect(response?.status()).toBe(403)
})
