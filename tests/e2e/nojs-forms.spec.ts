// Every core form, submitted with JavaScript switched off (as in Tor Browser's safest
// setting), in one journey: register, sign out and in, enrol, mark a lesson complete, pass a
// quiz, join a cohort a coordinator has just created, ask for a certificate, have it issued,
// and verify its code as a visitor. In Arabic, then in English. Runs in the no-js project only.
import fs from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from '@playwright/test'
import { parse } from 'yaml'
import { strings, type Lang } from '../locale-strings.ts'
import { createUser, e2eDb, expect, signIn, test } from '../playwright-utils.ts'

const COURSE_SLUG = 'un-human-rights-mechanisms'
const courseDir = path.resolve(import.meta.dirname, '../../content/courses', COURSE_SLUG)

type Text = Record<Lang, string>
type Question = { type: 'single' | 'multiple' | 'truefalse' | 'short'; prompt: Text; answer?: boolean; accepted?: Record<Lang, string[]>; choices?: { correct: boolean; text: Text }[] }
const courseTitle: Text = parse(fs.readFileSync(path.join(courseDir, 'course.yaml'), 'utf8')).title
const quiz: { questions: Question[] } = parse(fs.readFileSync(path.join(courseDir, 'modules/01-human-rights-council/quiz.yaml'), 'utf8'))

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

/** Everything else in the course done for this learner, straight in the database (the forms were shown once above). */
function completeTheRest(username: string) {
  const db = e2eDb()
  const user = db.prepare(`SELECT id FROM "User" WHERE username = ?`).get(username)
  const course = db.prepare(`SELECT id FROM "Course" WHERE slug = ?`).get(COURSE_SLUG)
  if (!user || typeof user !== 'object' || !('id' in user) || !course || typeof course !== 'object' || !('id' in course)) throw new Error('learner or course missing')
  const now = new Date().toISOString()
  db.prepare(
    `INSERT INTO "LessonProgress" (id, userId, lessonId, completedAt)
     SELECT lower(hex(randomblob(12))), ?, l.id, ? FROM "Lesson" l JOIN "Module" m ON m.id = l.moduleId
     WHERE m.courseId = ? AND l.status = 'published' AND m.status = 'published'
       AND NOT EXISTS (SELECT 1 FROM "LessonProgress" p WHERE p.userId = ? AND p.lessonId = l.id)`,
  ).run(user.id, now, course.id, user.id)
  db.prepare(
    `INSERT INTO "Attempt" (id, userId, quizId, submissionKey, score, maxScore, percent, passed, submittedAt)
     SELECT lower(hex(randomblob(12))), ?, q.id, lower(hex(randomblob(16))), 10, 10, 100, 1, ? FROM "Quiz" q JOIN "Module" m ON m.id = q.moduleId
     WHERE m.courseId = ? AND m.status = 'published' AND q.status = 'published'
       AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a.userId = ? AND a.quizId = q.id AND a.passed = 1)`,
  ).run(user.id, now, course.id, user.id)
  db.close()
}

async function noScriptPage(browser: Browser, lang: Lang): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: lang })
  return context.newPage()
}

for (const lang of ['ar', 'en'] as const) {
  const common = strings(lang, 'common')
  const auth = strings(lang, 'auth')
  const courses = strings(lang, 'courses')
  const cohorts = strings(lang, 'cohorts')
  const certs = strings(lang, 'certificates')

  test(`every core form works without JavaScript (${lang})`, async ({ page, browser }, testInfo) => {
    test.skip(testInfo.project.name !== 'no-js', 'this journey is about pages without JavaScript')
    expect(testInfo.project.use.javaScriptEnabled).toBe(false)
    const suffix = Date.now().toString(36)
    const username = `nojs${lang}${suffix}`
    const password = 'olive window river morning'
    const arabic = lang === 'ar'

    // 1. register
    await page.goto(`/${lang}/register`)
    await page.getByLabel(auth('register.username'), { exact: true }).fill(username)
    await page.getByLabel(auth('register.displayName'), { exact: true }).fill(arabic ? 'سلمى' : 'Salma')
    await page.getByLabel(auth('register.password'), { exact: true }).fill(password)
    await page.getByRole('button', { name: auth('register.submit') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))
    await expect(page.getByRole('button', { name: common('nav.signOut') })).toBeVisible()

    // 2. sign out, then sign in
    await page.getByRole('button', { name: common('nav.signOut') }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/login\\?signedOut=1$`))
    await page.getByLabel(auth('login.username'), { exact: true }).fill(username)
    await page.getByLabel(auth('login.password'), { exact: true }).fill(password)
    await page.getByRole('button', { name: auth('login.submit'), exact: true }).click()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))

    // 3. enrol in an open course
    await page.goto(`/${lang}/courses`)
    await page.getByRole('link', { name: courseTitle[lang] }).click()
    await page.getByRole('button', { name: courses('course.enrol') }).click()
    await expect(page.getByRole('status')).toHaveText(courses('course.enrolledNow'))

    // 4. mark the first lesson complete
    await page.getByRole('link', { name: new RegExp(`^${courses('course.continue', { title: '' })}`) }).click()
    await page.getByRole('button', { name: courses('lesson.markComplete') }).click()
    await expect(page.getByRole('status')).toHaveText(courses('lesson.completedNow'))
    await expect(page.getByText(`✓ ${courses('lesson.completed')}`)).toBeVisible()

    // 5. answer the first module's quiz
    await page.goto(`/${lang}/courses/${COURSE_SLUG}`)
    await page.getByRole('link', { name: courses('course.quizLink') }).first().click()
    for (const q of quiz.questions) {
      const group = page.getByRole('group', { name: q.prompt[lang] })
      if (q.type === 'single' || q.type === 'multiple') {
        for (const c of (q.choices ?? []).filter((choice) => choice.correct)) await group.getByLabel(c.text[lang], { exact: true }).check()
      } else if (q.type === 'truefalse') {
        await group.getByLabel(courses(q.answer ? 'quiz.true' : 'quiz.false'), { exact: true }).check()
      } else {
        await group.getByLabel(courses('quiz.yourAnswer')).fill(q.accepted?.[lang][0] ?? '')
      }
    }
    await page.getByRole('button', { name: courses('quiz.submit') }).click()
    await expect(page.getByRole('status').filter({ hasText: courses('quiz.result.passed') })).toBeVisible()

    // 6. a coordinator creates a cohort of this course; the learner joins it with the invite link
    const coordinator = await noScriptPage(browser, lang)
    await signIn(coordinator.context(), createUser('coordinator', lang))
    await coordinator.goto(`/${lang}/coordinator`)
    const cohortName = { ar: `دفعة بلا جافاسكربت ${suffix}`, en: `No-script cohort ${suffix}` }
    await coordinator.getByLabel(cohorts('coordinator.course')).selectOption({ label: courseTitle[lang] })
    await coordinator.getByLabel(cohorts('coordinator.nameAr')).fill(cohortName.ar)
    await coordinator.getByLabel(cohorts('coordinator.nameEn')).fill(cohortName.en)
    await coordinator.getByLabel(cohorts('coordinator.startsOn')).fill(isoDay(-1))
    await coordinator.getByLabel(cohorts('coordinator.endsOn')).fill(isoDay(30))
    await coordinator.getByLabel(cohorts('coordinator.capacity')).fill('20')
    await coordinator.getByRole('button', { name: cohorts('coordinator.create') }).click()
    await expect(coordinator.getByRole('status')).toHaveText(cohorts('coordinator.created'))
    await coordinator.getByRole('link', { name: cohorts('manage.openDashboard') }).click()
    const invite = new URL((await coordinator.getByTestId(`invite-link-${lang}`).textContent()) ?? '').pathname

    await page.goto(invite)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(cohorts('join.heading', { name: cohortName[lang] }))
    await page.getByRole('button', { name: cohorts('join.submit') }).click()
    await expect(page.getByRole('status')).toHaveText(cohorts('join.joined'))

    // 7. the rest of the course done (in the database), the learner asks for the certificate
    // from the course page, with the name to print
    completeTheRest(username)
    await page.goto(`/${lang}/courses/${COURSE_SLUG}`)
    await page.getByRole('link', { name: courses('course.certificateLink') }).click()
    await expect(page.getByText(certs('request.eligible'))).toBeVisible()
    const printed = arabic ? 'سلمى الخطيب' : 'Salma al-Khatib'
    await page.getByLabel(certs(arabic ? 'request.nameArabic' : 'request.nameLatin')).fill(printed)
    await page.getByRole('button', { name: certs('request.submit') }).click()
    await expect(page.getByText(certs('request.saved'))).toBeVisible()

    // 8. the coordinator issues it
    await coordinator.goto(`/${lang}/coordinator/certificates`)
    await coordinator.getByRole('link', { name: cohortName[lang] }).click()
    const row = coordinator.getByRole('row').filter({ hasText: username })
    await expect(row).toContainText(printed)
    await row.getByRole('button', { name: certs('cohort.issue'), exact: true }).click()
    await expect(coordinator.getByRole('status')).toHaveText(certs('cohort.issuedCount_one'))
    await coordinator.context().close()

    // 9. the learner sees the code; a visitor verifies it
    await page.reload()
    await expect(page.getByText(certs('request.issued'))).toBeVisible()
    const code = (await page.locator('.notice code').first().textContent()) ?? ''
    expect(code).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/)
    const visitor = await noScriptPage(browser, lang)
    await visitor.goto(`/${lang}/verify`)
    await visitor.getByLabel(certs('verify.codeLabel')).fill(code.toLowerCase().replace(/-/g, ' '))
    await visitor.getByRole('button', { name: certs('verify.submit') }).click()
    await expect(visitor).toHaveURL(new RegExp(`/${lang}/verify/${code}$`))
    await expect(visitor.getByText(certs('verify.valid'), { exact: true })).toBeVisible()
    await expect(visitor.getByText(printed)).toBeVisible()
    await visitor.context().close()
  })
}
