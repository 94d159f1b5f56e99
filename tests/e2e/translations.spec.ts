// A page downloads only the interface strings its components use (decision 014), and a page
// reached by a client-side navigation that needs others shows them translated, with no
// hydration error on the way.
import { strings } from '../locale-strings.ts'
import { enrolledLearner, expect, signIn, test } from '../playwright-utils.ts'

const namespaceModule = /\/assets\/(common|auth|courses|cohorts|certificates|admin)-[\w-]+\.js$/

for (const lang of ['ar', 'en'] as const) {
  const common = strings(lang, 'common')
  const certificates = strings(lang, 'certificates')

  test(`a lesson loads its own strings, and My learning fetches the rest when it opens (${lang})`, async ({ page, context }, testInfo) => {
    test.skip(testInfo.project.name !== 'js', 'about the JavaScript the browser downloads')
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    page.on('console', (message) => void (message.type() === 'error' && problems.push(message.text())))
    const fetched: string[] = []
    page.on('request', (request) => {
      const match = namespaceModule.exec(new URL(request.url()).pathname)
      if (match?.[1]) fetched.push(match[1])
    })
    const documents: string[] = []
    page.on('request', (request) => void (request.resourceType() === 'document' && documents.push(request.url())))

    const { learner, path } = enrolledLearner(lang)
    await signIn(context, learner)
    await page.goto(path, { waitUntil: 'networkidle' })
    const declared = (await page.locator('meta[name="tamkeen-namespaces"]').getAttribute('content'))?.split(',') ?? []
    expect(declared).toEqual(expect.arrayContaining(['common', 'courses']))
    expect(declared).not.toContain('cohorts')
    expect(declared).not.toContain('admin')
    expect(declared).not.toContain('certificates')
    // what the browser fetched is what the page declared, each once
    expect([...fetched].sort()).toEqual([...declared].sort())

    // My learning shows the learner's certificates, from a namespace the lesson did not need
    await page.getByRole('navigation', { name: common('nav.label') }).getByRole('link', { name: common('nav.myLearning') }).click()
    await expect(page.getByRole('heading', { name: certificates('mine.heading') })).toBeVisible()
    await expect(page).toHaveURL(new RegExp(`/${lang}/me$`))
    expect(documents, 'the page changed without a new document').toHaveLength(1)
    expect(fetched.filter((ns) => ns === 'certificates')).toHaveLength(1)
    await expect(page.locator('body')).not.toContainText('mine.')
    expect(problems).toEqual([])
  })
}
