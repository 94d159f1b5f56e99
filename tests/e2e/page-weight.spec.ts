// Page weight per route (issue 7): HTML, CSS, JS and fonts in gzip bytes, and the request
// count, for a first visit by a signed-in learner in Arabic (signed out for the pages that
// send a signed-in learner elsewhere, such as sign-in and registration). Printed as a table
// and written to bench/page-weight.json so that growth shows in review. Not a timed test:
// it fails only when a page cannot be measured.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'
import { expect, test } from '@playwright/test'
import { createUser, signIn } from '../playwright-utils.ts'
import { fill, routeFiles } from '../quality/routes.ts'
import { sampleParams } from '../quality/samples.ts'

type Weight = { route: string; as: 'learner' | 'nobody'; html: number; css: number; js: number; fonts: number; other: number; requests: number }

test('page weight per route', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== 'js', 'measured once, with JavaScript on (the heavier case)')
  test.setTimeout(240_000)
  const user = createUser('learner', 'ar')
  const samples = await sampleParams({ lang: 'ar', user })
  const rows: Weight[] = []
  // a page that sends a signed-in learner elsewhere (sign-in, registration) is measured as
  // the person who sees it: signed out
  const measure = async (pattern: string, signedIn: boolean) => {
    const context = await browser.newContext()
    if (signedIn) await signIn(context, user)
    const page = await context.newPage()
    const row: Weight = { route: pattern, as: signedIn ? 'learner' : 'nobody', html: 0, css: 0, js: 0, fonts: 0, other: 0, requests: 0 }
    const pending: Promise<void>[] = []
    page.on('response', (response) => {
      pending.push(
        (async () => {
          const body = await response.body().catch(() => Buffer.alloc(0))
          const size = zlib.gzipSync(body).length
          const type = response.request().resourceType()
          row.requests += 1
          if (type === 'document') row.html += size
          else if (type === 'stylesheet') row.css += size
          else if (type === 'script') row.js += size
          else if (type === 'font') row.fonts += size
          else row.other += size
        })(),
      )
    })
    const target = fill(pattern, samples)
    await page.goto(target, { waitUntil: 'networkidle' })
    await Promise.all(pending)
    const redirected = new URL(page.url()).pathname !== new URL(target, page.url()).pathname
    await context.close()
    return { row, redirected }
  }
  for (const route of routeFiles().filter((r) => r.page)) {
    const signedIn = await measure(route.pattern, true)
    const signedOut = signedIn.redirected ? await measure(route.pattern, false) : null
    rows.push(signedOut && !signedOut.redirected ? signedOut.row : signedIn.row)
  }
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7)
  console.log(`\n${'route'.padEnd(44)}${'html'.padStart(7)}${'css'.padStart(7)}${'js'.padStart(7)}${'fonts'.padStart(7)}  req  (KB gzip)`)
  for (const r of rows) console.log(`${`${r.route}${r.as === 'nobody' ? ' (signed out)' : ''}`.padEnd(44)}${kb(r.html)}${kb(r.css)}${kb(r.js)}${kb(r.fonts)}  ${String(r.requests).padStart(3)}`)
  fs.writeFileSync(path.resolve(import.meta.dirname, '../../bench/page-weight.json'), JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'bytes (gzip)', routes: rows }, null, 2) + '\n')
  expect(rows.length).toBeGreaterThan(0)
})
