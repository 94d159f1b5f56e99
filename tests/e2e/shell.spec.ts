import { expect, test } from '@playwright/test'

for (const [lang, dir, other, otherDir] of [
  ['ar', 'rtl', 'en', 'ltr'],
  ['en', 'ltr', 'ar', 'rtl'],
] as const) {
  test(`home page in ${lang}: lang, dir and a switch to the same page in ${other}`, async ({ page }) => {
    await page.goto(`/${lang}`)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.locator('html')).toHaveAttribute('dir', dir)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page).toHaveTitle(lang === 'ar' ? /تمكين/ : /Tamkeen/)
    await page.getByRole('link', { name: other === 'en' ? 'English' : 'العربية' }).click()
    await expect(page).toHaveURL(new RegExp(`/${other}$`))
    await expect(page.locator('html')).toHaveAttribute('lang', other)
    await expect(page.locator('html')).toHaveAttribute('dir', otherDir)
  })

  test(`unknown page in ${lang} is a translated 404, and the switch keeps the path`, async ({ page }) => {
    const response = await page.goto(`/${lang}/no-such-page?x=1`)
    expect(response?.status()).toBe(404)
    await expect(page.locator('html')).toHaveAttribute('lang', lang)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      lang === 'ar' ? 'الصفحة غير موجودة' : 'Page not found',
    )
    await page.getByRole('link', { name: other === 'en' ? 'English' : 'العربية' }).click()
    await expect(page).toHaveURL(new RegExp(`/${other}/no-such-page\\?x=1$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      other === 'ar' ? 'الصفحة غير موجودة' : 'Page not found',
    )
  })
}

test('the root address follows Accept-Language, then falls back to Arabic', async ({ browser }) => {
  const english = await browser.newContext({ locale: 'en-US' })
  const page = await english.newPage()
  await page.goto('/')
  await expect(page).toHaveURL(/\/en$/)
  await english.close()

  const french = await browser.newContext({ locale: 'fr-FR' })
  const page2 = await french.newPage()
  await page2.goto('/')
  await expect(page2).toHaveURL(/\/ar$/)
  await french.close()
})

test('the language chosen last is remembered for the root address', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ar' })
  const page = await context.newPage()
  await page.goto('/en')
  await page.goto('/')
  await expect(page).toHaveURL(/\/en$/)
  await context.close()
})
