// Certificates in the browser: a coordinator bulk-issues for a cohort (one learner eligible,
// one not), the learner downloads the PDF from their page, and a visitor verifies the code in
// Arabic without JavaScript. Runs in both projects (with and without JavaScript).
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createUser, e2eDb, eligibleLearner, expect, signIn, test } from '../playwright-utils.ts'

const id = () => crypto.randomUUID().replace(/-/g, '')

/** A cohort of the first course with two learners: one done and named, one half-way. */
function cohortWithLearners() {
  const db = e2eDb()
  const now = new Date().toISOString()
  const course = db.prepare(`SELECT id FROM "Course" WHERE status = 'published' ORDER BY sortOrder LIMIT 1`).get()
  if (!course || typeof course !== 'object' || !('id' in course) || typeof course.id !== 'string') throw new Error('no course imported')
  const courseId = course.id
  const lessons = db
    .prepare(`SELECT l.id FROM "Lesson" l JOIN "Module" m ON m.id = l.moduleId WHERE m.courseId = ? AND m.status = 'published' AND l.status = 'published'`)
    .all(courseId)
    .map((row) => (row && typeof row === 'object' && 'id' in row ? String(row.id) : ''))
  const quizzes = db
    .prepare(`SELECT q.id FROM "Quiz" q JOIN "Module" m ON m.id = q.moduleId WHERE m.courseId = ? AND m.status = 'published' AND q.status = 'published'`)
    .all(courseId)
    .map((row) => (row && typeof row === 'object' && 'id' in row ? String(row.id) : ''))
  const cohortId = `c${id()}`
  const suffix = cohortId.slice(1, 7)
  db.prepare(
    `INSERT INTO "Cohort" (id, courseId, nameAr, nameEn, startsOn, endsOn, capacity, inviteOpen, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, 30, 1, ?, ?)`,
  ).run(cohortId, courseId, `دفعة الشهادات ${suffix}`, `Certificates cohort ${suffix}`, now, now, now, now)
  db.close()

  const done = createUser('learner', 'en')
  const halfway = createUser('learner', 'ar')
  const db2 = e2eDb()
  const enrol = db2.prepare(`INSERT INTO "Enrollment" (id, userId, courseId, cohortId, status, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'active', ?, ?)`)
  const progress = db2.prepare(`INSERT INTO "LessonProgress" (id, userId, lessonId, completedAt) VALUES (?, ?, ?, ?)`)
  const attempt = db2.prepare(
    `INSERT INTO "Attempt" (id, userId, quizId, submissionKey, score, maxScore, percent, passed, submittedAt) VALUES (?, ?, ?, ?, 10, 10, 100, 1, ?)`,
  )
  for (const user of [done, halfway]) enrol.run(id(), user.id, courseId, cohortId, now, now)
  for (const lessonId of lessons) progress.run(id(), done.id, lessonId, now)
  for (const quizId of quizzes) attempt.run(id(), done.id, quizId, id(), now)
  progress.run(id(), halfway.id, lessons[0], now)
  db2.prepare(`INSERT INTO "CertificateRequest" (id, userId, courseId, nameArabic, nameLatin, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)`).run(
    id(),
    done.id,
    courseId,
    'ريم الحسن',
    `Rim al-Hassan ${suffix}`,
    now,
    now,
  )
  db2.close()
  return { cohortName: `Certificates cohort ${suffix}`, done, halfway, latinName: `Rim al-Hassan ${suffix}` }
}

test('a learner who finished a course asks for the certificate with the name to print', async ({ page, context }) => {
  const lang = test.info().project.name === 'no-js' ? 'ar' : 'en'
  const words = {
    ar: { heading: 'شهاداتي', arabic: 'الاسم بالحروف العربية', latin: 'الاسم بالحروف اللاتينية', submit: 'اطلب شهادتي', script: 'استخدم الحروف العربية فقط في هذا الحقل.', saved: 'حُفظ طلبك، وسيُصدر أحد المنسّقين شهادتك.' },
    en: { heading: 'My certificates', arabic: 'Name in Arabic script', latin: 'Name in Latin script', submit: 'Ask for my certificate', script: 'Use Arabic letters only in this field.', saved: 'Your request is saved. A coordinator will issue your certificate.' },
  }[lang]
  const { learner, slug } = eligibleLearner(lang)
  await signIn(context, learner)
  await page.goto(`/${lang}/me`)
  await page.getByRole('region', { name: words.heading }).locator(`a[href="/${lang}/courses/${slug}/certificate"]`).click()
  await expect(page).toHaveURL(new RegExp(`/${lang}/courses/${slug}/certificate$`))

  // a Latin name in the Arabic field is refused beside the field; what was typed stays
  await page.getByLabel(words.arabic).fill('Rim')
  await page.getByLabel(words.latin).fill('Rim al-Hassan')
  await page.getByRole('button', { name: words.submit }).click()
  await expect(page.getByText(words.script)).toBeVisible()
  await expect(page.getByLabel(words.latin)).toHaveValue('Rim al-Hassan')

  await page.getByLabel(words.arabic).fill('ريم الحسن')
  await page.getByRole('button', { name: words.submit }).click()
  await expect(page.getByText(words.saved)).toBeVisible()
  await expect(page.getByLabel(words.arabic)).toHaveValue('ريم الحسن')
})

test('coordinator bulk-issues, the learner downloads the PDF, a visitor verifies in Arabic without JavaScript', async ({ page, browser, context }) => {
  const { cohortName, done, halfway, latinName } = cohortWithLearners()

  // the coordinator issues to the whole cohort: one issued, one skipped with the reason
  await signIn(context, createUser('coordinator', 'en'))
  await page.goto('/en/coordinator/certificates')
  await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible()
  await page.getByRole('link', { name: cohortName }).click()
  await expect(page.getByRole('cell', { name: latinName })).toBeVisible()
  await page.getByRole('button', { name: 'Issue to every eligible learner' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'One certificate was issued.' })).toBeVisible()
  const skipped = page.locator('.skipped-list')
  await expect(skipped).toContainText(halfway.username)
  await expect(skipped).toContainText('has not completed the course')
  await expect(skipped).not.toContainText(done.username)

  // the learner finds it on their page and downloads the PDF
  const learnerContext = await browser.newContext({ javaScriptEnabled: test.info().project.name !== 'no-js' })
  await signIn(learnerContext, done)
  const learnerPage = await learnerContext.newPage()
  await learnerPage.goto('/en/me')
  const section = learnerPage.getByRole('region', { name: 'My certificates' })
  await expect(section).toBeVisible()
  const code = (await section.locator('.cert-code code').first().textContent()) ?? ''
  expect(code).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/)
  const [download] = await Promise.all([learnerPage.waitForEvent('download'), section.getByRole('link', { name: 'PDF' }).click()])
  expect(download.suggestedFilename()).toMatch(/\.pdf$/)
  const file = await download.path()
  expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
  await learnerContext.close()

  // a visitor types the code into the Arabic verification page, without JavaScript
  const visitor = await browser.newContext({ javaScriptEnabled: false, locale: 'ar' })
  const visitorPage = await visitor.newPage()
  await visitorPage.goto('/ar/verify')
  await expect(visitorPage.locator('html')).toHaveAttribute('dir', 'rtl')
  await visitorPage.getByLabel('رمز الشهادة').fill(code.toLowerCase().replace(/-/g, ' '))
  await visitorPage.getByRole('button', { name: 'تحقّق' }).click()
  await expect(visitorPage).toHaveURL(new RegExp(`/ar/verify/${code}$`))
  await expect(visitorPage.getByText('شهادة صالحة')).toBeVisible()
  await expect(visitorPage.getByText('ريم الحسن')).toBeVisible()
  await expect(visitorPage.getByText(latinName)).toBeVisible()

  const unknown = await visitorPage.goto('/ar/verify/AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA')
  expect(unknown?.status()).toBe(404)
  await expect(visitorPage.getByText('شهادة غير معروفة')).toBeVisible()
  await visitor.close()
})
