// The quality gates (issue 7): every page of the app, as every role, in both languages,
// at a phone's width. Fails on accessibility violations (serious/critical), requests to
// other origins, console errors, raw keys or wrong-language text, wrong lang/dir,
// horizontal scrolling, body text under 16px, and a missing or wrong-language title.
import { expect, test } from '@playwright/test'
import { createUser, signIn, type TestUser } from '../playwright-utils.ts'
import { accessibilityProblems, languageProblems, layoutProblems } from '../quality/checks.ts'
import { fill, routeFiles } from '../quality/routes.ts'
import { sampleParams } from '../quality/samples.ts'

const roles = ['nobody', 'learner', 'trainer', 'coordinator', 'admin'] as const
const pages = routeFiles().filter((r) => r.page)

test.use({ viewport: { width: 360, height: 780 } })

for (const role of roles) {
  for (const lang of ['ar', 'en'] as const) {
    test(`every page as ${role} in ${lang}`, async ({ context, page, baseURL }, testInfo) => {
      test.setTimeout(240_000)
      let user: TestUser | null = null
      if (role !== 'nobody') {
        user = createUser(role, lang)
        await signIn(context, user)
      }
      const origin = new URL(baseURL ?? 'http://localhost').origin
      const problems: string[] = []
      let current = ''
      page.on('request', (req) => {
        const url = new URL(req.url())
        if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) problems.push(`${current}: request to another origin: ${req.url()}`)
      })
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !/status of (403|404|429)/.test(msg.text())) problems.push(`${current}: console error: ${msg.text()}`)
      })
      page.on('pageerror', (err) => problems.push(`${current}: page error: ${err.message}`))

      const samples = await sampleParams({ lang, user })
      const axeChecked = new Set<string>()
      const urls = [...pages.map((p) => fill(p.pattern, samples)), `/${lang}/this-page-does-not-exist`]
      for (const url of urls) {
        current = url
        const response = await page.goto(url)
        const status = response?.status() ?? 0
        if (status >= 500) problems.push(`${url}: HTTP ${status}`)
        const finalUrl = new URL(page.url()).pathname
        for (const p of await layoutProblems(page, lang)) problems.push(`${url} (${finalUrl}): ${p}`)
        for (const p of await languageProblems(page, lang)) problems.push(`${url} (${finalUrl}): ${p}`)
        // the HTML is the same with and without JavaScript: axe runs once, in the js project
        // a page many routes lead to (the sign-in page, for nobody) is checked once
        if (testInfo.project.name === 'js' && !axeChecked.has(finalUrl)) {
          axeChecked.add(finalUrl)
          for (const p of await accessibilityProblems(page)) problems.push(`${url} (${finalUrl}): ${p}`)
        }
      }
      expect(problems, problems.join('\n')).toEqual([])
    })
  }
}
