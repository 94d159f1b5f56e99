// Forms checked in the browser with the action's own zod schema: with JavaScript a mistake is
// shown before anything is sent (no POST reaches the server), a valid form still goes to the
// action, and the checks only the server can make (a breached password, a taken username)
// still come back from it. Without JavaScript the same mistakes get the same messages from
// the server. The breach list never reaches the browser.
import crypto from 'node:crypto'
import type { Page } from '@playwright/test'
import { dictionary } from '@zxcvbn-ts/language-common'
import { strings } from '../locale-strings.ts'
import { createUser, eligibleLearner, expect, signIn, test } from '../playwright-utils.ts'

/** Counts the form posts the page sends, keeps the text of every script it loads, and its console errors. */
function watch(page: Page) {
  const seen: { posts: number; scripts: Promise<string>[]; consoleErrors: string[] } = { posts: 0, scripts: [], consoleErrors: [] }
  page.on('console', (message) => {
    // the server's refusals (400, 429) are the point of some steps; Chromium reports each one
    const refusal = /^Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())
    if (message.type() === 'error' && !refusal) seen.consoleErrors.push(message.text())
  })
  page.on('request', (request) => {
    if (request.method() === 'POST') seen.posts += 1
  })
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') seen.scripts.push(response.text().catch(() => ''))
  })
  return seen
}

/** With JavaScript, wait until React has taken over the form (until then it posts natively). */
async function ready(page: Page, js: boolean) {
  if (!js) return
  await page.waitForFunction(() => {
    const form = document.querySelector('main form')
    return form !== null && Object.keys(form).some((key) => key.startsWith('__reactProps'))
  })
}

const unique = () => `enh-${crypto.randomBytes(4).toString('hex')}`
const goodPassword = 'almond harbour quiet lantern'

test('registration: mistakes are shown before sending, the server still decides', async ({ page }, testInfo) => {
  const js = testInfo.project.name === 'js'
  const lang = js ? 'en' : 'ar'
  const a = strings(lang, 'auth')
  const seen = watch(page)
  const taken = createUser('learner', lang)

  await page.goto(`/${lang}/register`)
  await ready(page, js)
  const username = page.getByLabel(a('register.username'))
  const password = page.getByLabel(a('register.password'), { exact: true })
  const submit = page.getByRole('button', { name: a('register.submit') })

  // an empty username and a short password: a message beside each field, tied to it
  await password.fill('too short')
  await submit.click()
  await expect(page.getByText(a('errors.usernameRequired'))).toBeVisible()
  await expect(page.getByText(a('errors.passwordTooShort'))).toBeVisible()
  await expect(username).toHaveAttribute('aria-invalid', 'true')
  await expect(username).toHaveAttribute('aria-describedby', /field-username-error/)
  await expect(password).toHaveAttribute('aria-describedby', /field-password-error/)
  expect(seen.posts).toBe(js ? 0 : 1)
  if (js) {
    // the first field in trouble has the focus, and a message goes as soon as it is put right
    await expect(username).toBeFocused()
    await password.fill(goodPassword)
    await expect(page.getByText(a('errors.passwordTooShort'))).toHaveCount(0)
  }

  // a taken username is for the server to say, and it does
  await username.fill(taken.username)
  await password.fill(goodPassword)
  await submit.click()
  await expect(page.getByText(a('errors.usernameTaken'))).toBeVisible()
  expect(seen.posts).toBe(js ? 1 : 2)
  await expect(username).toHaveValue(taken.username)
  if (js) {
    // once the name is changed, the server's message about the old one goes
    await username.fill(unique())
    await expect(page.getByText(a('errors.usernameTaken'))).toHaveCount(0)
  }

  // so is a breached password: the list stays on the server
  await username.fill(unique())
  await password.fill('passwordpassword')
  await submit.click()
  await expect(page.getByText(a('errors.passwordCommon'))).toBeVisible()
  expect(seen.posts).toBe(js ? 2 : 3)

  // a valid form goes through the action and signs the person in
  const name = unique()
  await username.fill(name)
  await password.fill(goodPassword)
  await submit.click()
  await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))
  expect(seen.posts).toBe(js ? 3 : 4)

  // not one script the browser fetched (the lazily loaded rules included) carries the breach list
  if (js) {
    const sample = dictionary['passwords-common'].filter((p) => /^[a-z]{12,}$/.test(p)).slice(0, 50)
    const scripts = await Promise.all(seen.scripts)
    expect(sample.length).toBe(50)
    expect(scripts.some((text) => text.includes('passwordTooShort'))).toBe(true)
    for (const text of scripts) expect(sample.filter((p) => text.includes(`"${p}"`))).toEqual([])
  }
  expect(seen.consoleErrors).toEqual([])
})

test('sign-in: empty fields are caught before sending; wrong credentials come from the server', async ({ page }, testInfo) => {
  const js = testInfo.project.name === 'js'
  const lang = js ? 'ar' : 'en'
  const a = strings(lang, 'auth')
  const seen = watch(page)

  await page.goto(`/${lang}/login?redirectTo=${encodeURIComponent(`/${lang}/me/sessions`)}`)
  await ready(page, js)
  const submit = page.getByRole('button', { name: a('login.submit'), exact: true })
  await submit.click()
  await expect(page.getByText(a('errors.usernameRequired'))).toBeVisible()
  await expect(page.getByText(a('errors.passwordRequired'))).toBeVisible()
  await expect(page.getByLabel(a('login.username'), { exact: true })).toHaveAttribute('aria-invalid', 'true')
  expect(seen.posts).toBe(js ? 0 : 1)

  await page.getByLabel(a('login.username'), { exact: true }).fill(unique())
  await page.getByLabel(a('login.password'), { exact: true }).fill('not the password at all')
  await submit.click()
  await expect(page.getByText(a('errors.wrongCredentials'))).toBeVisible()
  expect(seen.posts).toBe(js ? 1 : 2)
  // the way back survives the refusal
  await expect(page.locator('input[name="redirectTo"]')).toHaveValue(`/${lang}/me/sessions`)
  expect(seen.consoleErrors).toEqual([])
})

test('certificate name: a name in the wrong script is caught before sending', async ({ page, context }, testInfo) => {
  const js = testInfo.project.name === 'js'
  const lang = js ? 'ar' : 'en'
  const c = strings(lang, 'certificates')
  const { learner, slug } = eligibleLearner(lang)
  await signIn(context, learner)
  const seen = watch(page)

  await page.goto(`/${lang}/courses/${slug}/certificate`)
  await ready(page, js)
  const arabic = page.getByLabel(c('request.nameArabic'))
  const latin = page.getByLabel(c('request.nameLatin'))
  const submit = page.getByRole('button', { name: c('request.submit') })

  await submit.click()
  await expect(page.getByText(c('request.errors.oneName'))).toBeVisible()
  expect(seen.posts).toBe(js ? 0 : 1)

  await arabic.fill('Rim')
  await latin.fill('ريم')
  await submit.click()
  await expect(page.getByText(c('request.errors.arabicScript'))).toBeVisible()
  await expect(page.getByText(c('request.errors.latinScript'))).toBeVisible()
  await expect(arabic).toHaveAttribute('aria-invalid', 'true')
  await expect(latin).toHaveAttribute('aria-describedby', /nameLatin-error/)
  expect(seen.posts).toBe(js ? 0 : 2)

  await arabic.fill('ريم الحسن')
  await latin.fill('Rim al-Hassan')
  await submit.click()
  await expect(page.getByText(c('request.saved'))).toBeVisible()
  expect(seen.posts).toBe(js ? 1 : 3)
  await expect(latin).toHaveValue('Rim al-Hassan')
  expect(seen.consoleErrors).toEqual([])
})

test('the checker comes with the person: nothing of it loads with the page, and a slow or failed fetch loses nothing', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'only the browser with JavaScript fetches the checker')
  const a = strings('en', 'auth')
  const seen = watch(page)
  const checkerFetches: string[] = []
  let release = () => {}
  const released = new Promise<void>((resolve) => (release = resolve))
  // the checker's module is held back until the test lets it go
  await page.route('**/assets/form-checker-*.js', async (route) => {
    checkerFetches.push(route.request().url())
    await released
    await route.continue()
  })

  await page.goto('/en/login')
  await ready(page, true)
  expect(checkerFetches).toEqual([])

  // typing starts the fetch; what is typed while it loads stays, and a send waits for it
  const username = page.getByLabel(a('login.username'), { exact: true })
  const password = page.getByLabel(a('login.password'), { exact: true })
  await username.fill('someone')
  await expect.poll(() => checkerFetches.length).toBe(1)
  await page.getByRole('button', { name: a('login.submit'), exact: true }).click()
  await expect(page.getByText(a('errors.passwordRequired'))).toHaveCount(0)
  release()
  await expect(page.getByText(a('errors.passwordRequired'))).toBeVisible()
  await expect(password).toBeFocused()
  await expect(username).toHaveValue('someone')
  await expect(page.getByText(a('errors.usernameRequired'))).toHaveCount(0)
  expect(seen.posts).toBe(0)

  // when the checker cannot be fetched at all, the form goes to the server, which answers
  await page.unroute('**/assets/form-checker-*.js')
  await page.route('**/assets/form-checker-*.js', (route) => route.abort())
  await page.goto('/en/login')
  await ready(page, true)
  await page.getByLabel(a('login.username'), { exact: true }).fill('nobody-here')
  await page.getByRole('button', { name: a('login.submit'), exact: true }).click()
  await expect(page.getByText(a('errors.passwordRequired'))).toBeVisible()
  expect(seen.posts).toBe(1)
  await expect(page.getByLabel(a('login.username'), { exact: true })).toHaveValue('nobody-here')
})
