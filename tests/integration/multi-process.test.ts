// Two production servers on one database (PostgreSQL in the PG suite, the SQLite file
// otherwise): a sign-in through the first holds on the second, the sign-in limit is one
// count across both, and a content import shows on both at once although each keeps the
// course trees it has read. Also: within one process, a page's loaders share what one of them
// asked the database (who is signed in). Builds into build-multi/ once, reused while no
// source is newer.
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import { hashPassword } from '#app/modules/auth/index.server.ts'
import { importContentFromDir } from '#app/modules/content/index.server.ts'
import { rateLimits } from '#app/modules/auth/rate-limit-rules.ts'

const root = path.resolve(import.meta.dirname, '../..')
const buildDir = 'build-multi'
const databaseUrl = process.env.DATABASE_URL ?? ''
const password = 'two processes one database olive'
const servers: ChildProcess[] = []
let first = ''
let second = ''

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((m, name) => Math.max(m, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

// without vitest's variables: with VITEST set, vite.config.ts leaves Remix's plugin out
const childEnv: NodeJS.ProcessEnv = { ...process.env }
for (const key of Object.keys(childEnv)) if (key.startsWith('VITEST')) delete childEnv[key]

function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env: { ...childEnv, ...env }, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')}: ${code}\n${err.slice(-2000)}`))))
  })
}

/** Builds when build-multi/ is missing or older than the sources; a private directory, then renamed, so parallel runs never see half a build. */
async function ensureBuild() {
  const marker = path.join(root, buildDir, 'server/index.js')
  const sources = ['app', 'server', 'public', 'vite.config.ts', 'remix.config.js', 'package-lock.json'].map((p) => path.join(root, p))
  if (fs.existsSync(marker) && fs.statSync(marker).mtimeMs > Math.max(...sources.map(newestMtime))) return
  const privateDir = `${buildDir}-${process.pid}`
  await run('npx', ['remix', 'vite:build'], { BUILD_DIR: privateDir, NODE_ENV: 'production' })
  fs.rmSync(path.join(root, buildDir), { recursive: true, force: true })
  fs.renameSync(path.join(root, privateDir), path.join(root, buildDir))
}

function portIsFree(port: number) {
  return new Promise<boolean>((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(false))
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)))
  })
}

async function freePort(): Promise<number> {
  // 3610-3699, starting from a place that differs between parallel runs
  for (let i = 0; i < 90; i++) {
    const port = 3610 + ((process.pid + i * 7) % 90)
    if (await portIsFree(port)) return port
  }
  throw new Error('no free port in 3610-3699')
}

/** A production server on a free port: its address, and what it has written to stderr so far. */
async function startServer(env: Record<string, string> = {}): Promise<{ base: string; stderr: () => string }> {
  const port = await freePort()
  const server = spawn('node', ['server/index.js'], {
    cwd: root,
    env: { ...childEnv, NODE_ENV: 'production', BUILD_DIR: buildDir, PORT: String(port), DATABASE_URL: databaseUrl, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let err = ''
  server.stderr?.on('data', (c: Buffer) => (err += c.toString()))
  servers.push(server)
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`server on ${port} exited with ${server.exitCode}: ${err.slice(-2000)}`)
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) return { base, stderr: () => err }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server on ${port} did not answer: ${err.slice(-2000)}`)
}

function login(base: string, username: string, pass: string) {
  return fetch(`${base}/en/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' },
    body: new URLSearchParams({ username, password: pass }).toString(),
    redirect: 'manual',
  })
}

async function createLearner(username: string) {
  await prisma.user.create({ data: { username, displayName: `سلمى ${username}`, passwordHash: await hashPassword(password) }, select: { id: true } })
}

beforeAll(async () => {
  await ensureBuild()
  first = (await startServer()).base
  second = (await startServer()).base
}, 240_000)

afterAll(async () => {
  await Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (s.exitCode !== null) return resolve()
          s.once('exit', () => resolve())
          s.kill('SIGTERM')
          setTimeout(() => s.kill('SIGKILL'), 5000).unref()
        }),
    ),
  )
})

test('a session made by the first process is honoured by the second', async () => {
  await createLearner('multi-salma')
  const signedIn = await login(first, 'multi-salma', password)
  expect(signedIn.status).toBe(302)
  const cookie = (signedIn.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  expect(cookie).toMatch(/^(__Host-)?tamkeen_session=\w+/)

  const page = await fetch(`${second}/en/me`, { headers: { cookie }, redirect: 'manual' })
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('سلمى multi-salma')
  // and nobody is signed in without the cookie
  expect((await fetch(`${second}/en/me`, { redirect: 'manual' })).status).toBe(302)
})

test('wrong passwords spread over both processes meet the same limit as on one', async () => {
  const { limit } = rateLimits.login.account
  async function refusedAfter(bases: string[], username: string) {
    await createLearner(username)
    for (let i = 0; i < limit + 5; i++) {
      const response = await login(bases[i % bases.length] ?? first, username, 'not the password at all')
      if (response.status === 429) return i
      expect(response.status).toBe(400)
    }
    return null
  }
  const onOne = await refusedAfter([first], 'multi-one')
  const onBoth = await refusedAfter([first, second], 'multi-both')
  expect(onOne).toBe(limit)
  expect(onBoth).toBe(limit)
  // once refused, the right password is refused too, by either process
  expect((await login(second, 'multi-both', password)).status).toBe(429)
  expect((await login(first, 'multi-both', password)).status).toBe(429)
}, 60_000)

test('an import shows on both processes at once, though each keeps the course it has read', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-multi-content-'))
  try {
    fs.cpSync(path.join(root, 'tests/fixtures/content/valid'), dir, { recursive: true })
    expect((await importContentFromDir(dir)).ok).toBe(true)
    const lessonPage = (base: string) => fetch(`${base}/en/courses/demo-course/one`).then(async (r) => ({ status: r.status, html: await r.text() }))
    const outline = (base: string) => fetch(`${base}/en/courses/demo-course`).then((r) => r.text())
    for (const base of [first, second]) {
      // read twice: the second answer comes from the process's own copy of the course
      for (let i = 0; i < 2; i++) expect((await lessonPage(base)).html).toContain('Some <strong>text</strong>')
      expect(await outline(base)).toContain('/en/courses/demo-course/three')
    }

    // a new version of the files: lesson one rewritten, lesson three removed
    const lessons = path.join(dir, 'courses/demo-course/modules/01-first-steps/lessons')
    const one = path.join(lessons, '01-one.en.md')
    fs.writeFileSync(one, fs.readFileSync(one, 'utf8').replace('Some **text**', 'Revised **text**'))
    fs.rmSync(path.join(lessons, '03-three.en.md'))
    fs.rmSync(path.join(lessons, '03-three.ar.md'))
    expect((await importContentFromDir(dir)).ok).toBe(true)

    for (const base of [first, second]) {
      const page = await lessonPage(base)
      expect(page.status).toBe(200)
      expect(page.html).toContain('Revised <strong>text</strong>')
      expect(page.html).not.toContain('Some <strong>text</strong>')
      expect(await outline(base)).not.toContain('/en/courses/demo-course/three')
      expect((await fetch(`${base}/en/courses/demo-course/three`)).status).toBe(404)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)

test("a page's loaders ask who is signed in once, and another page asks again", async () => {
  // every statement the client sends is logged (to stderr) with a threshold of 0 ms
  const logged = await startServer({ LOG_SLOW_QUERIES_MS: '0' })
  await createLearner('multi-once')
  const cookie = ((await login(first, 'multi-once', password)).headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const sessionReads = () => logged.stderr().split('FROM "Session" s JOIN "User" u').length - 1
  const me = (headers: Record<string, string> = {}) => fetch(`${logged.base}/en/me`, { headers: { cookie, ...headers } })

  const before = sessionReads()
  const page = await me()
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('سلمى multi-once')
  // the root's loader and My page's both need the person: one read between them
  expect(sessionReads() - before).toBe(1)
  // a mark sent by the client is replaced by the server's own: two pages, two reads
  await me({ 'x-tamkeen-request': 'made-up.1' })
  await me({ 'x-tamkeen-request': 'made-up.1' })
  expect(sessionReads() - before).toBe(3)
}, 60_000)
