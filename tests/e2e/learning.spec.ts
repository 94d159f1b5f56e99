// The learning journey: a learner enrols, reads every lesson of a module (marking each
// complete), fails the module quiz, then passes it. In Arabic without JavaScript (no-js
// project) and in English with it (js project).
import fs from 'node:fs'
import path from 'node:path'
import { parse } from 'yaml'
import { expect, test } from '../playwright-utils.ts'

const courseDir = path.resolve(import.meta.dirname, '../../content/courses/un-human-rights-mechanisms')
const moduleDir = path.join(courseDir, 'modules/01-human-rights-council')

type Text = { ar: string; en: string }
type Question = {
  id: string
  type: 'single' | 'multiple' | 'truefalse' | 'short'
  prompt: Text
  answer?: boolean
  accepted?: { ar: string[]; en: string[] }
  choices?: { id: string; correct: boolean; text: Text }[]
}
const quiz: { questions: Question[] } = parse(fs.readFileSync(path.join(moduleDir, 'quiz.yaml'), 'utf8'))
const courseTitle: Text = parse(fs.readFileSync(path.join(courseDir, 'course.yaml'), 'utf8')).title
const lessonTitles = (lang: 'ar' | 'en') =>
  fs
    .readdirSync(path.join(moduleDir, 'lessons'))
    .filter((f) => f.endsWith(`.${lang}.md`))
    .sort()
    .map((f) => /\ntitle: "?(.+?)"?\n/.exec(fs.readFileSync(path.join(moduleDir, 'lessons', f), 'utf8'))?.[1] ?? '')

const words = {
  ar: {
    enrol: 'سجّل في هذه الدورة',
    enrolled: 'تم تسجيلك. أهلًا بك في الدورة!',
    continue: 'تابع:',
    markComplete: 'علّم الدرس مكتملًا',
    completedNow: 'سُجّل الدرس مكتملًا.',
    next: 'التالي',
    takeQuiz: 'ابدأ اختبار الوحدة',
    true: 'صح',
    false: 'خطأ',
    yourAnswer: 'إجابتك',
    submit: 'أرسل إجاباتي',
    failed: 'غير ناجح',
    passed: 'ناجح',
    tryAgain: 'حاول مرة أخرى',
    attemptsLeft: 'بقيت لديك محاولتان.',
    myCourses: 'دوراتي',
  },
  en: {
    enrol: 'Enrol in this course',
    enrolled: 'You are enrolled. Welcome to the course!',
    continue: 'Continue:',
    markComplete: 'Mark as complete',
    completedNow: 'Lesson marked as complete.',
    next: 'Next',
    takeQuiz: 'Take the module quiz',
    true: 'True',
    false: 'False',
    yourAnswer: 'Your answer',
    submit: 'Submit my answers',
    failed: 'Not passed',
    passed: 'Passed',
    tryAgain: 'Try again',
    attemptsLeft: 'You have 2 attempts left.',
    myCourses: 'My courses',
  },
} as const

test('a learner enrols, reads a module, fails then passes its quiz', async ({ page, signInAs }, testInfo) => {
  const lang = testInfo.project.name === 'no-js' ? 'ar' : 'en'
  const w = words[lang]
  await signInAs('learner', lang)

  // the catalogue leads to the course; enrolling is one button
  await page.goto(`/${lang}/courses`)
  await page.getByRole('link', { name: courseTitle[lang] }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(courseTitle[lang])
  await page.getByRole('button', { name: w.enrol }).click()
  await expect(page.getByRole('status')).toHaveText(w.enrolled)
  await page.getByRole('link', { name: new RegExp(`^${w.continue}`) }).click()

  // every lesson of the first module, each marked complete
  const titles = lessonTitles(lang)
  let progress = 0
  for (const [index, title] of titles.entries()) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(page.locator('.prose h2').first()).toBeVisible()
    await page.getByRole('button', { name: w.markComplete }).click()
    await expect(page.getByRole('status')).toHaveText(w.completedNow)
    // the course progress bar moves forward with every lesson
    const value = Number(await page.locator('progress').getAttribute('value'))
    expect(value).toBeGreaterThan(progress)
    progress = value
    if (index < titles.length - 1) await page.getByRole('link', { name: new RegExp(`^${w.next}`) }).click()
  }
  await page.getByRole('link', { name: w.takeQuiz }).click()

  async function answer(right: boolean) {
    for (const q of quiz.questions) {
      const group = page.getByRole('group', { name: q.prompt[lang] })
      if (q.type === 'single' || q.type === 'multiple') {
        const picks = right ? (q.choices ?? []).filter((c) => c.correct) : [(q.choices ?? []).find((c) => !c.correct)!]
        for (const c of picks) await group.getByLabel(c.text[lang], { exact: true }).check()
      } else if (q.type === 'truefalse') {
        await group.getByLabel(right === q.answer ? w.true : w.false, { exact: true }).check()
      } else {
        // typed without hamza or diacritics, in capitals: still right
        const typed = right ? (q.accepted?.[lang][0] ?? '').replace(/[أإآ]/g, 'ا').toUpperCase() : 'Timbuktu'
        await group.getByLabel(w.yourAnswer).fill(`  ${typed} `)
      }
    }
    await page.getByRole('button', { name: w.submit }).click()
  }

  // first attempt: everything wrong
  await answer(false)
  await expect(page).toHaveURL(/\?attempt=/)
  await expect(page.getByRole('status').filter({ hasText: w.failed })).toBeVisible()
  await expect(page.getByText(w.attemptsLeft)).toBeVisible()
  // every question is explained
  await expect(page.locator('.review__explanation')).toHaveCount(quiz.questions.length)
  await page.getByRole('link', { name: w.tryAgain }).click()

  // second attempt: everything right
  await answer(true)
  await expect(page.getByRole('status').filter({ hasText: w.passed })).toBeVisible()
  await expect(page.locator('.review--incorrect')).toHaveCount(0)

  // my learning shows the course, its passed quiz and what is left
  await page.goto(`/${lang}/me`)
  const mine = page.getByRole('region', { name: w.myCourses })
  await expect(mine.getByRole('link', { name: courseTitle[lang] })).toBeVisible()
  await expect(mine.getByText(new RegExp(`✓ ${w.passed}`))).toBeVisible()
})
