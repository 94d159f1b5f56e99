// The long lists go page by page through plain links (here the audit log, in Arabic, with
// and without JavaScript): the pager says where you are in the page's own digits, and its
// links keep the filter.
import crypto from 'node:crypto'
import { numberIn, strings } from '../locale-strings.ts'
import { e2eDb, expect, test } from '../playwright-utils.ts'

const common = strings('ar', 'common')
const certificates = strings('ar', 'certificates')

test('the audit log, filtered, goes page by page', async ({ page, signInAs }) => {
  // 60 events of an action of this test's own: two pages of 50
  const action = `test.pager_${crypto.randomBytes(4).toString('hex').replace(/\d/g, 'x')}`
  const db = e2eDb()
  const insert = db.prepare(`INSERT INTO "AuditEvent" (id, action, subject, details, at) VALUES (?, ?, ?, '{}', ?)`)
  for (let i = 0; i < 60; i++) insert.run(crypto.randomUUID(), action, `pager:${i}`, new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString())
  db.close()

  await signInAs('coordinator', 'ar')
  await page.goto(`/ar/coordinator/audit?action=${action}`)
  const pager = page.getByRole('navigation', { name: common('pagination.label') })
  const rows = page.getByRole('table').locator('tbody tr')
  await expect(pager).toContainText(common('pagination.page', { page: numberIn('ar', 1), pages: numberIn('ar', 2) }))
  await expect(rows).toHaveCount(50)
  await expect(pager.getByRole('link', { name: common('pagination.previous') })).toHaveCount(0)

  await pager.getByRole('link', { name: common('pagination.next') }).click()
  await expect(page).toHaveURL(new RegExp(`[?&]page=2`))
  await expect(pager).toContainText(common('pagination.page', { page: numberIn('ar', 2), pages: numberIn('ar', 2) }))
  await expect(rows).toHaveCount(10)
  // newest first: the last page holds the ten oldest, and every row is this test's action
  await expect(rows.first().getByRole('cell').nth(3)).toHaveText('pager:9')
  await expect(page.getByRole('table').getByText(action)).toHaveCount(10)
  await expect(page.getByRole('columnheader', { name: certificates('audit.when') })).toBeVisible()

  await pager.getByRole('link', { name: common('pagination.previous') }).click()
  await expect(rows).toHaveCount(50)
})
