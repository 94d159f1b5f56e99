// Keyboard-only journeys: signing in from the home page and answering a module quiz, with
// Tab, arrow keys, Space and Enter only. Every stop must show a focus ring, and the order of
// stops must follow the page as it reads (in both languages, with and without JavaScript).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { hash } from '@node-rs/argon2'
import type { BrowserContext, Page } from '@playwright/test'
import { parse } from 'yaml'
import { numberIn, percentIn, strings, type Lang } from '../locale-strings.ts'
import { createUser, e2eDb, expect, signIn, test } from '../playwright-utils.ts'

type Stop = { tag: string; type: string; name: string; ring: boolean; onScreen: boolean }

/** What has the keyboard focus now: its name as a person hears it, and whether a focus ring shows. */
async function focused(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!(el instanceof HTMLElement) || el === document.body) return null
    const labelled = el instanceof HTMLInputElement && el.labels && el.labels.length > 0 ? el.labels[0]?.textContent : null
    const name = (el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '').replace(/\s+/g, ' ').trim()
    const style = getComputedStyle(el)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const shadow = style.boxShadow !== 'none' && style.boxShadow !== ''
    const box = el.getBoundingClientRect()
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight
    return { tag: el.tagName.toLowerCase(), type: el.getAttribute('type') ?? '', name, ring: outline || shadow, onScreen }
  })
}

/** Presses Tab once and returns the new stop, which must be visibly focused. */
async function tab(page: Page): Promise<Stop> {
  await page.keyboard.press('Tab')
  const stop = await focused(page)
  expect(stop, 'Tab moved focus to an element').not.toBeNull()
  if (!stop) throw new Error('unreachable')
  expect(stop.ring, `a focus ring on “${stop.name}”`).toBe(true)
  expect(stop.onScreen, `“${stop.name}” is scrolled into view`).toBe(true)
  return stop
}

/** Tabs until `wanted` says yes (at most `limit` presses); returns every stop on the way, the last included. */
async function tabUntil(page: Page, wanted: (stop: Stop) => boolean, limit = 25): Promise<Stop[]> {
  const stops: Stop[] = []
  for (let i = 0; i < limit; i++) {
    const stop = await tab(page)
    stops.push(stop)
    if (wanted(stop)) return stops
  }
  throw new Error(`not reached in ${limit} Tabs; stops: ${stops.map((s) => s.name).join(' | ')}`)
}

const password = 'olive window river morning'

async function learnerWithPassword(locale: Lang) {
  const user = createUser('learner', locale)
  const db = e2eDb()
  db.prepare(`UPDATE "User" SET passwordHash = ? WHERE id = ?`).run(await hash(password), user.id)
  db.close()
  return user
}

const courseDir = path.resolve(import.meta.dirname, '../../content/courses/un-human-rights-mechanisms')
type Question = {
  points?: number
  type: 'single' | 'multiple' | 'truefalse' | 'short'
  prompt: Record<Lang, string>
  answer?: boolean
  accepted?: Record<Lang, string[]>
  choices?: { correct: boolean; text: Record<Lang, string> }[]
}
const quiz: { questions: Question[]; title: Record<Lang, string>; passingScore: number } = parse(
  fs.readFileSync(path.join(courseDir, 'modules/01-human-rights-council/quiz.yaml'), 'utf8'),
)

/** A learner enrolled straight in the database (the keyboard part is what these tests are about); returns the first quiz's path. */
async function enrolledOnQuiz(context: BrowserContext, lang: Lang): Promise<string> {
  const learner = createUser('learner', lang)
  const db = e2eDb()
  const course = db.prepare(`SELECT c.id, c.slug, m.slug AS moduleSlug FROM "Course" c JOIN "Module" m ON m.courseId = c.id WHERE c.slug = ? ORDER BY m.position LIMIT 1`).get('un-human-rights-mechanisms')
  if (!course || typeof course !== 'object' || !('id' in course) || !('slug' in course) || !('moduleSlug' in course)) throw new Error('course not imported')
  const now = new Date().toISOString()
  db.prepare(`INSERT INTO "Enrollment" (id, userId, courseId, status, createdAt, updatedAt) VALUES (?, ?, ?, 'active', ?, ?)`).run(crypto.randomUUID(), learner.id, String(course.id), now, now)
  db.close()
  await signIn(context, learner)
  return `/${lang}/courses/${String(course.slug)}/${String(course.moduleSlug)}/quiz`
}

for (const lang of ['ar', 'en'] as const) {
  const common = strings(lang, 'common')
  const auth = strings(lang, 'auth')
  const courses = strings(lang, 'courses')

  test(`keyboard only in ${lang}: from the home page to signed in`, async ({ page }) => {
    const user = await learnerWithPassword(lang)
    await page.goto(`/${lang}`)

    // the first stop is the skip link, shown on screen; then the header, in reading order
    const stops = await tabUntil(page, (s) => s.name === common('nav.signIn'))
    expect(stops.map((s) => s.name)).toEqual([
      common('skipToContent'),
      common('appName'),
      common('nav.courses'),
      common('nav.verify'),
      common('languageSwitch.label'),
      common('nav.signIn'),
    ])
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/${lang}/login$`))
    await expect(page).toHaveTitle(auth('login.title'))

    // into the form: wherever focus was left, the next stops lead through the header (if at
    // all) to the username, then the password, then the button, and nothing in between
    const toForm = await tabUntil(page, (s) => s.name === auth('login.username'))
    const header = [common('skipToContent'), common('appName'), common('nav.courses'), common('nav.verify'), common('languageSwitch.label'), common('nav.signIn')]
    for (const stop of toForm.slice(0, -1)) expect(header, `“${stop.name}” comes before the form`).toContain(stop.name)
    await page.keyboard.type(user.username)
    expect((await tab(page)).name).toBe(auth('login.password'))
    await page.keyboard.type(password)
    const button = await tab(page)
    expect(button).toMatchObject({ tag: 'button', name: auth('login.submit') })
    // back to the password and submit from there with Enter, as most people do
    await page.keyboard.press('Shift+Tab')
    expect((await focused(page))?.name).toBe(auth('login.password'))
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))
    await expect(page.getByRole('button', { name: common('nav.signOut') })).toBeVisible()
  })

  test(`keyboard only in ${lang}: the skip link jumps over the header to the sign-in form`, async ({ page }) => {
    await page.goto(`/${lang}/login`)
    expect((await tab(page)).name).toBe(common('skipToContent'))
    await page.keyboard.press('Enter')
    // the next stop is the first field of the page, not the brand link at the top
    expect((await tab(page)).name).toBe(auth('login.username'))
  })

  test(`keyboard only in ${lang}: an enrolled learner answers a module quiz`, async ({ page, context }) => {
    await page.goto(await enrolledOnQuiz(context, lang))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title[lang])

    // past the header and the breadcrumb, the first stop in the form is the first question's first choice
    const first = quiz.questions[0]
    const firstChoice = first?.type === 'truefalse' ? courses('quiz.true') : first?.type === 'short' ? courses('quiz.yourAnswer') : (first?.choices?.[0]?.text[lang] ?? '')
    const before = await tabUntil(page, (s) => s.tag === 'input')
    expect(before.at(-1)?.name).toBe(firstChoice)
    expect(before.map((s) => s.name)).toContain(common('skipToContent'))

    for (const [index, q] of quiz.questions.entries()) {
      // each question after the first is reached with one Tab (a radio group is one stop)
      if (index > 0) await tab(page)
      if (q.type === 'single' || q.type === 'truefalse') {
        const right = q.type === 'single' ? (q.choices ?? []).findIndex((c) => c.correct) : q.answer ? 0 : 1
        // Space picks the focused option; each arrow press moves to the next one and picks it
        if (right === 0) await page.keyboard.press('Space')
        for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown')
        const expected = q.type === 'single' ? (q.choices?.[right]?.text[lang] ?? '') : courses(right === 0 ? 'quiz.true' : 'quiz.false')
        expect((await focused(page))?.name).toBe(expected)
        await expect(page.getByRole('group', { name: q.prompt[lang] }).getByLabel(expected, { exact: true })).toBeChecked()
      } else if (q.type === 'multiple') {
        const choices = q.choices ?? []
        for (const [ci, c] of choices.entries()) {
          if (ci > 0) await tab(page)
          expect((await focused(page))?.name).toBe(c.text[lang])
          if (c.correct) await page.keyboard.press('Space')
        }
      } else {
        expect((await focused(page))?.name).toBe(courses('quiz.yourAnswer'))
        await page.keyboard.type(q.accepted?.[lang][0] ?? '')
      }
    }
    expect(await tab(page)).toMatchObject({ tag: 'button', name: courses('quiz.submit') })
    await page.keyboard.press('Enter')

    // the result: passed, with the score shown
    await expect(page).toHaveURL(/\?attempt=/)
    const result = page.getByRole('status').filter({ hasText: courses('quiz.result.passed') })
    await expect(result).toBeVisible()
    const points = quiz.questions.reduce((sum, q) => sum + (q.points ?? 1), 0)
    await expect(result).toContainText(
      courses('quiz.result.score', { score: numberIn(lang, points), max: numberIn(lang, points), percent: percentIn(lang, 1), pass: percentIn(lang, quiz.passingScore / 100) }),
    )
  })

  test(`keyboard only in ${lang}: a quiz sent half-answered puts focus on the first question left`, async ({ page, context }) => {
    await page.goto(await enrolledOnQuiz(context, lang))
    // answer the first question only, then go straight to the button and press Enter
    await tabUntil(page, (s) => s.tag === 'input')
    await page.keyboard.press('Space')
    await tabUntil(page, (s) => s.tag === 'button' && s.name === courses('quiz.submit'))
    await page.keyboard.press('Enter')
    await expect(page.getByRole('alert')).toHaveText(courses('quiz.formHasErrors'))
    // focus waits in the second question, the first one not answered, with its ring showing
    const second = quiz.questions[1]
    const expected = second?.type === 'truefalse' ? courses('quiz.true') : second?.type === 'short' ? courses('quiz.yourAnswer') : (second?.choices?.[0]?.text[lang] ?? '')
    await expect.poll(async () => (await focused(page))?.name).toBe(expected)
    expect((await focused(page))?.ring).toBe(true)
  })
}
