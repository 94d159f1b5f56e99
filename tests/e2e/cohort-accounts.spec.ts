// Trainer-created accounts: a CSV is checked row by row, codes are shown once, and the
// learner activates their account in Arabic without JavaScript.
import { createUser, e2eDb, expect, signIn, test } from '../playwright-utils.ts'

function cohortTrainedBy(trainerId: string): string {
  const db = e2eDb()
  const id = `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`
  const now = new Date()
  const day = (n: number) => new Date(now.getTime() + n * 86_400_000).toISOString()
  db.prepare(
    `INSERT INTO Cohort (id, courseId, nameAr, nameEn, startsOn, endsOn, capacity, inviteCode, inviteOpen, createdAt, updatedAt)
     VALUES (?, 'media', 'مجموعة الإعلام', 'Media group', ?, ?, 10, NULL, 1, ?, ?)`,
  ).run(id, day(-3), day(40), now.toISOString(), now.toISOString())
  db.prepare('INSERT INTO CohortTrainer (cohortId, userId) VALUES (?, ?)').run(id, trainerId)
  db.close()
  return id
}

test('a trainer creates accounts from a CSV and a learner activates one', async ({ browser, page }, testInfo) => {
  const tag = Math.random().toString(36).slice(2, 7)
  const trainer = createUser('trainer', 'en')
  await signIn(page.context(), trainer)
  const cohortId = cohortTrainedBy(trainer.id)
  await page.goto(`/en/trainer/cohorts/${cohortId}/roster`)
  await expect(page.getByText('Nobody in this cohort yet')).toBeVisible()

  // a file with mistakes: every bad row is listed and nobody is created
  const bad = ['username,display_name,locale', `rana-${tag},رنا,ar`, 'x,Too short,en', `rana-${tag},Again,ar`, `=cmd-${tag},Formula,fr`].join('\n')
  await page.getByLabel('Or a CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') })
  await page.getByRole('button', { name: 'Create accounts' }).click()
  const problems = page.getByRole('alert')
  await expect(problems).toContainText('Nothing was created.')
  await expect(problems).toContainText('Row 3: “x” is too short')
  await expect(problems).toContainText(`Row 4: “rana-${tag}” appears twice in the list`)
  await expect(problems).toContainText('Row 5:')
  await expect(page.getByText('Nobody in this cohort yet')).toBeVisible()

  // a clean file: one-time codes, shown once
  const good = ['username,display_name,locale', `rana-${tag},رنا الحسن,ar`, `omar-${tag},Omar,en`].join('\n')
  await page.getByLabel('Or a CSV file').setInputFiles({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${good}`, 'utf8') })
  await page.getByRole('button', { name: 'Create accounts' }).click()
  await expect(page.getByRole('heading', { name: 'Activation codes — shown only once' })).toBeVisible()
  const ranaRow = page.getByRole('row').filter({ hasText: `rana-${tag}` }).filter({ has: page.getByTestId('activation-code') })
  const code = (await ranaRow.getByTestId('activation-code').textContent()) ?? ''
  expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}-[a-z2-7]{5}$/)
  await expect(page.getByText('2 learners of 10 places')).toBeVisible()
  await page.goto(`/en/trainer/cohorts/${cohortId}/roster`)
  await expect(page.getByTestId('activation-code')).toHaveCount(0)
  await expect(page.getByRole('row').filter({ hasText: `rana-${tag}` })).toContainText('Waiting for activation')

  // the learner sets a password with the code, in Arabic, without JavaScript
  const learnerContext = await browser.newContext({ javaScriptEnabled: false, locale: 'ar' })
  const learner = await learnerContext.newPage()
  await learner.goto('/ar/activate')
  await learner.getByLabel('اسم المستخدم').fill(`rana-${tag}`)
  await learner.getByLabel('رمز التفعيل').fill('aaaaa-bbbbb-ccccc')
  await learner.getByLabel('كلمة المرور الجديدة').fill('jasmine lantern over the harbour')
  await learner.getByLabel('أعد كتابة كلمة المرور').fill('jasmine lantern over the harbour')
  await learner.getByRole('button', { name: 'فعّل الحساب وادخل' }).click()
  await expect(learner.getByRole('alert')).toContainText('اسم المستخدم ورمز التفعيل غير متطابقين')
  await expect(learner.getByLabel('اسم المستخدم')).toHaveValue(`rana-${tag}`)
  await learner.getByLabel('رمز التفعيل').fill(code.toUpperCase())
  await learner.getByLabel('كلمة المرور الجديدة').fill('jasmine lantern over the harbour')
  await learner.getByLabel('أعد كتابة كلمة المرور').fill('jasmine lantern over the harbour')
  await learner.getByRole('button', { name: 'فعّل الحساب وادخل' }).click()
  await expect(learner).toHaveURL(/\/ar\/me$/)
  await learnerContext.close()

  await page.goto(`/en/trainer/cohorts/${cohortId}/roster`)
  await expect(page.getByRole('row').filter({ hasText: `rana-${tag}` })).toContainText('Active')

  // removing a learner keeps them out of the roster
  await page.getByRole('button', { name: 'Remove Omar from the cohort' }).click()
  await expect(page.getByRole('status')).toHaveText('Omar was removed from the cohort. Their progress is kept.')
  await expect(page.getByRole('row').filter({ hasText: `omar-${tag}` })).toHaveCount(0)
  testInfo.annotations.push({ type: 'cohort', description: cohortId })
})
