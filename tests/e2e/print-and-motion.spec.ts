// Media the stylesheet answers to: a lesson printed on paper shows the lesson and nothing
// else, and people who ask their system for less motion get none.
import { strings } from '../locale-strings.ts'
import { enrolledLearner, expect, signIn, test } from '../playwright-utils.ts'

for (const lang of ['ar', 'en'] as const) {
  const common = strings(lang, 'common')
  const courses = strings(lang, 'courses')

  test(`a lesson prints as the lesson alone (${lang})`, async ({ page, context }) => {
    const { learner, path } = enrolledLearner(lang)
    await signIn(context, learner)
    await page.goto(path)
    const title = page.getByRole('heading', { level: 1 })
    const text = page.locator('.prose')
    const header = page.getByRole('banner')
    const footer = page.getByRole('contentinfo')
    const markComplete = page.getByRole('button', { name: courses('lesson.markComplete') })
    const lessonNav = page.getByRole('navigation', { name: courses('lesson.navLabel') })
    // on screen, everything is there
    for (const shown of [title, text, header, footer, markComplete, lessonNav]) await expect(shown).toBeVisible()

    await page.emulateMedia({ media: 'print' })
    await expect(title).toBeVisible()
    await expect(text).toBeVisible()
    await expect(text.locator('p').first()).toBeVisible()
    for (const hidden of [header, footer, markComplete, lessonNav, page.getByText(common('skipToContent'))]) await expect(hidden).toBeHidden()
    // no form of any kind on paper (sign out, mark complete)
    expect(await page.locator('form').count()).toBeGreaterThan(1)
    for (const form of await page.locator('form').all()) await expect(form).toBeHidden()
    // black on white, whatever the screen colours are
    const colours = await text.evaluate((el) => ({ ink: getComputedStyle(el).color, paper: getComputedStyle(document.body).backgroundColor }))
    expect(colours).toEqual({ ink: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' })
  })
}

test('less motion when the system asks for it', async ({ page }) => {
  // Tamkeen's own stylesheet has no transitions or animations today, so a probe element with
  // both stands in for any that a later change adds; the reduced-motion rule must flatten it.
  await page.goto('/en/courses')
  const probe = async () =>
    page.evaluate(() => {
      const el = document.createElement('div')
      el.textContent = 'probe'
      el.style.transition = 'opacity 1s ease'
      el.style.animation = 'none 2s infinite'
      document.querySelector('main')?.append(el)
      const style = getComputedStyle(el)
      const root = getComputedStyle(document.documentElement)
      const result = { transition: style.transitionDuration, animation: style.animationDuration, iterations: style.animationIterationCount, scroll: root.scrollBehavior }
      el.remove()
      return result
    })
  const seconds = (value: string) => (value.endsWith('ms') ? parseFloat(value) / 1000 : parseFloat(value))

  await page.emulateMedia({ reducedMotion: 'no-preference' })
  const normal = await probe()
  expect(seconds(normal.transition)).toBe(1)
  expect(seconds(normal.animation)).toBe(2)

  await page.emulateMedia({ reducedMotion: 'reduce' })
  const reduced = await probe()
  expect(seconds(reduced.transition)).toBeLessThan(0.001)
  expect(seconds(reduced.animation)).toBeLessThan(0.001)
  expect(reduced.iterations).toBe('1')
  expect(reduced.scroll).toBe('auto')
  // and nothing on the page itself moves
  const moving = await page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .map((el) => getComputedStyle(el))
      .filter((s) => s.transitionDuration.split(',').some((d) => parseFloat(d) >= 0.001) || s.animationDuration.split(',').some((d) => parseFloat(d) >= 0.001)).length,
  )
  expect(moving).toBe(0)
})
