// The cohort journey: a coordinator creates a cohort and assigns a trainer; the trainer
// shares the invite; a learner joins in Arabic without JavaScript and completes a lesson;
// the trainer sees it in the matrix and downloads the CSV.
import fs from 'node:fs'
import type { Browser, BrowserContext } from '@playwright/test'
import { createUser, e2eDb, expect, signIn, test, type TestUser } from '../playwright-utils.ts'

const COURSE_ID = 'advocacy'

function firstLesson(): { courseSlug: string; lessonSlug: string; lessonId: string } {
  const db = e2eDb()
  const row = db
    .prepare(
      `SELECT c.slug AS courseSlug, l.slug AS lessonSlug, l.id AS lessonId FROM Lesson l
       JOIN Module m ON m.id = l.moduleId JOIN Course c ON c.id = m.courseId
       WHERE c.id = ? AND l.status = 'published' AND m.status = 'published' ORDER BY m.position, l.position LIMIT 1`,
    )
    .get(COURSE_ID)
  db.close()
  if (!row || typeof row !== 'object' || !('courseSlug' in row) || !('lessonSlug' in row) || !('lessonId' in row)) {
    throw new Error(`course ${COURSE_ID} is not imported in the e2e database`)
  }
  return { courseSlug: String(row.courseSlug), lessonSlug: String(row.lessonSlug), lessonId: String(row.lessonId) }
}

async function contextFor(browser: Browser, user: TestUser, javaScriptEnabled: boolean, locale: string): Promise<BrowserContext> {
  const context = await browser.newContext({ javaScriptEnabled, locale })
  await signIn(context, user)
  return context
}

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10)

test('a cohort from creation to a downloaded progress matrix', async ({ browser, page, signInAs }, testInfo) => {
  const js = testInfo.project.use.javaScriptEnabled !== false
  const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`
  const trainer = createUser('trainer', 'en')
  const learner = createUser('learner', 'ar')

  // 1. the coordinator creates the cohort and assigns the trainer
  await signInAs('coordinator', 'en')
  await page.goto('/en/coordinator')
  await expect(page).toHaveTitle('Coordinator — cohorts')
  await page.getByLabel('Course').selectOption(COURSE_ID)
  await page.getByLabel('Name in Arabic').fill(`مجموعة المناصرة ${suffix}`)
  await page.getByLabel('Name in English').fill(`Advocacy group ${suffix}`)
  await page.getByLabel('Start date').fill(isoDay(-7))
  await page.getByLabel('End date').fill(isoDay(60))
  await page.getByLabel('Capacity (number of learners)').fill('12')
  await page.getByRole('button', { name: 'Create cohort' }).click()
  await expect(page.getByRole('status')).toHaveText('The cohort was created. Assign its trainers below.')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Advocacy group ${suffix}`)
  const cohortId = new URL(page.url()).pathname.split('/').pop() ?? ''

  await page.getByLabel("Trainer's username").fill('nobody-by-this-name')
  await page.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(page.getByText('There is no account with this username.')).toBeVisible()
  await page.getByLabel("Trainer's username").fill(trainer.username)
  await page.getByRole('button', { name: 'Assign', exact: true }).click()
  await expect(page.getByRole('status')).toHaveText('Trainer assigned.')
  await expect(page.getByRole('listitem').filter({ hasText: trainer.username })).toBeVisible()
  // coordinators reach the same dashboard as the trainers
  await page.getByRole('link', { name: 'Open the dashboard' }).click()
  await expect(page.getByRole('heading', { level: 2, name: 'Invite link' })).toBeVisible()

  // 2. the trainer finds the cohort and copies the Arabic invite link
  const trainerContext = await contextFor(browser, trainer, js, 'en-GB')
  const trainerPage = await trainerContext.newPage()
  await trainerPage.goto('/en/trainer')
  await trainerPage.getByRole('link', { name: `Advocacy group ${suffix}` }).click()
  await expect(trainerPage).toHaveURL(new RegExp(`/en/trainer/cohorts/${cohortId}$`))
  await expect(trainerPage.getByText('Nobody in this cohort yet.')).toBeVisible()
  const inviteLink = (await trainerPage.getByTestId('invite-link-ar').textContent()) ?? ''
  expect(inviteLink).toMatch(/\/ar\/join\/[a-z2-7]{10}$/)
  const invitePath = new URL(inviteLink).pathname

  // a newcomer is led to registration, which brings them back to the invite
  const visitor = await browser.newContext({ javaScriptEnabled: false, locale: 'ar' })
  const visitorPage = await visitor.newPage()
  await visitorPage.goto(invitePath)
  const register = visitorPage.getByRole('link', { name: 'أنشئ حسابًا وانضمّ' })
  await expect(register).toHaveAttribute('href', `/ar/register?redirectTo=${encodeURIComponent(invitePath)}`)
  await visitor.close()

  // 3. the learner joins in Arabic with JavaScript off, and completes a lesson
  const learnerContext = await contextFor(browser, learner, false, 'ar')
  const learnerPage = await learnerContext.newPage()
  await learnerPage.goto(invitePath)
  await expect(learnerPage.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(learnerPage.getByRole('heading', { level: 1 })).toHaveText(`الانضمام إلى «مجموعة المناصرة ${suffix}»`)
  await learnerPage.getByRole('button', { name: 'انضمّ إلى هذه المجموعة' }).click()
  await expect(learnerPage.getByRole('status')).toHaveText('انضممت إلى المجموعة. أهلًا بك!')
  const lesson = firstLesson()
  await learnerPage.goto(`/ar/courses/${lesson.courseSlug}/${lesson.lessonSlug}`)
  await learnerPage.getByRole('button', { name: 'علّم الدرس مكتملًا' }).click()
  await expect(learnerPage.getByText('سُجّل الدرس مكتملًا.')).toBeVisible()
  // a learner cannot open the trainer's dashboard
  const refused = await learnerPage.goto(`/ar/trainer/cohorts/${cohortId}`)
  expect(refused?.status()).toBe(403)

  // 4. the trainer sees the completed lesson in the matrix and downloads it
  await trainerPage.goto(`/en/trainer/cohorts/${cohortId}`)
  const row = trainerPage.getByRole('row').filter({ hasText: learner.username })
  await expect(row).toBeVisible()
  await expect(row.getByRole('cell').first()).toHaveText(/^1\/\d+/)
  await expect(trainerPage.getByRole('status')).toHaveText('One learner shown')
  // sorting and filtering are links and a GET form
  await trainerPage.getByLabel('Show').selectOption('inactive')
  await trainerPage.getByRole('button', { name: 'Apply' }).click()
  await expect(trainerPage).toHaveURL(/filter=inactive/)
  await expect(trainerPage.getByText('Nobody matches this filter.')).toBeVisible()
  await trainerPage.goto(`/en/trainer/cohorts/${cohortId}`)
  await trainerPage.screenshot({ path: testInfo.outputPath('matrix-en.png'), fullPage: true })

  const [download] = await Promise.all([trainerPage.waitForEvent('download'), trainerPage.getByRole('link', { name: 'Download the matrix (CSV)' }).click()])
  const file = await download.path()
  const bytes = fs.readFileSync(file)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const text = bytes.toString('utf8').slice(1)
  const [header, ...lines] = text.trim().split('\r\n')
  expect(header).toMatch(/^Username,Name,.* — lessons,/)
  expect(lines).toHaveLength(1)
  expect(lines[0]).toMatch(new RegExp(`^${learner.username},Test learner,1/\\d+,`))

  await trainerPage.getByRole('link', { name: 'Quiz results' }).click()
  await expect(trainerPage.getByRole('heading', { level: 2, name: 'Quiz results' })).toBeVisible()
  await expect(trainerPage.getByText('Nobody has taken this quiz yet').first()).toBeVisible()

  // the same dashboard in Arabic, right to left
  await trainerPage.goto(`/ar/trainer/cohorts/${cohortId}?sort=progress&dir=desc`)
  await expect(trainerPage.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(trainerPage.getByRole('status')).toHaveText('متعلّم واحد في القائمة')
  await trainerPage.screenshot({ path: testInfo.outputPath('matrix-ar.png'), fullPage: true })

  await trainerContext.close()
  await learnerContext.close()
})

test('a trainer cannot open a cohort they do not train', async ({ page, signInAs }) => {
  const db = e2eDb()
  const id = `c${Date.now().toString(36)}`
  const now = new Date().toISOString()
  db.prepare(
    `INSERT INTO Cohort (id, courseId, nameAr, nameEn, startsOn, endsOn, capacity, inviteOpen, createdAt, updatedAt)
     VALUES (?, ?, 'أخرى', 'Other', ?, ?, 5, 1, ?, ?)`,
  ).run(id, COURSE_ID, now, now, now, now)
  db.close()
  await signInAs('trainer', 'en')
  for (const path of [`/en/trainer/cohorts/${id}`, `/en/trainer/cohorts/${id}/roster`, `/en/trainer/cohorts/${id}/quizzes`]) {
    const response = await page.goto(path)
    expect(response?.status(), path).toBe(403)
  }
  const csv = await page.request.get(`/en/trainer/cohorts/${id}/matrix.csv`)
  expect(csv.status()).toBe(403)
})

test('unknown invite codes get a translated explanation', async ({ page }) => {
  const response = await page.goto('/ar/join/zzzzzzzzzz')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('هذه الدعوة لا تعمل')
  await expect(page.getByRole('alert')).toContainText('رمز الدعوة هذا غير صالح')
})
