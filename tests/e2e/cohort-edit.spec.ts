// A coordinator corrects a cohort's details in Arabic (a mistyped number keeps everything
// typed and says what is wrong; places below the learners already in are refused), then
// archives the cohort and restores it. Runs with JavaScript on and off.
import crypto from 'node:crypto'
import { numberIn, strings } from '../locale-strings.ts'
import { createUser, e2eDb, expect, test } from '../playwright-utils.ts'

const cohorts = strings('ar', 'cohorts')

/** A cohort of the advocacy course with two learners in it. */
function cohortWithTwoLearners(): string {
  const id = `edit-${crypto.randomBytes(5).toString('hex')}`
  const now = new Date().toISOString()
  const db = e2eDb()
  db.prepare(
    `INSERT INTO "Cohort" (id, courseId, nameAr, nameEn, startsOn, endsOn, capacity, inviteOpen, createdAt, updatedAt)
     VALUES (?, 'advocacy', 'مجموعة حلب', 'Aleppo group', '2026-03-01T00:00:00.000Z', '2026-05-09T00:00:00.000Z', 20, 1, ?, ?)`,
  ).run(id, now, now)
  for (const learner of [createUser('learner'), createUser('learner')]) {
    db.prepare(`INSERT INTO "Enrollment" (id, userId, courseId, cohortId, status, createdAt, updatedAt) VALUES (?, ?, 'advocacy', ?, 'active', ?, ?)`).run(crypto.randomUUID(), learner.id, id, now, now)
  }
  db.close()
  return id
}

test('a coordinator corrects a cohort, and archives and restores it', async ({ page, signInAs }) => {
  const cohortId = cohortWithTwoLearners()
  await signInAs('coordinator', 'ar')
  await page.goto(`/ar/coordinator/cohorts/${cohortId}`)
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  const details = page.getByRole('region', { name: cohorts('manage.editHeading') })
  const nameEn = details.getByLabel(cohorts('coordinator.nameEn'))
  const capacity = details.getByLabel(cohorts('coordinator.capacity'))
  const save = details.getByRole('button', { name: cohorts('manage.save') })
  await expect(nameEn).toHaveValue('Aleppo group')
  await expect(details.getByLabel(cohorts('coordinator.startsOn'))).toHaveValue('2026-03-01')

  // a mistyped number: the message beside the field, and the new name still there
  await nameEn.fill('Aleppo spring group')
  await capacity.fill('0')
  await save.click()
  await expect(details.getByText(cohorts('errors.capacity'))).toBeVisible()
  await expect(nameEn).toHaveValue('Aleppo spring group')

  // fewer places than the two learners already in
  await capacity.fill('1')
  await save.click()
  await expect(details.getByText(cohorts('errors.capacityBelowLearners', { n: numberIn('ar', 2) }))).toBeVisible()
  await expect(capacity).toHaveValue('1')

  await capacity.fill('25')
  await details.getByLabel(cohorts('coordinator.endsOn')).fill('2026-06-30')
  await save.click()
  await expect(page.getByRole('status')).toHaveText(cohorts('manage.edited'))
  await expect(nameEn).toHaveValue('Aleppo spring group')
  await expect(capacity).toHaveValue('25')
  await expect(page.getByText(cohorts('seats', { n: numberIn('ar', 2), capacity: numberIn('ar', 25) }))).toBeVisible()

  // archive, then restore: the invite stays closed
  await page.getByRole('button', { name: cohorts('manage.archive') }).click()
  await expect(page.getByRole('status')).toHaveText(cohorts('manage.archivedNotice'))
  await page.getByRole('button', { name: cohorts('manage.restore') }).click()
  await expect(page.getByRole('status')).toHaveText(cohorts('manage.restoredNotice'))
  await expect(page.getByRole('button', { name: cohorts('manage.archive') })).toBeVisible()
  const db = e2eDb()
  const row = db.prepare(`SELECT archivedAt, inviteOpen, capacity, nameEn FROM "Cohort" WHERE id = ?`).get(cohortId)
  db.close()
  expect(row).toEqual({ archivedAt: null, inviteOpen: 0, capacity: 25, nameEn: 'Aleppo spring group' })
})
