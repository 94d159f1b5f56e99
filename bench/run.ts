// `npm run bench`: the large data set on SQLite and (when a server answers) PostgreSQL, the
// production server, autocannon from this process against five scenarios, the hottest
// queries through Prisma and the raw driver, and the page weight of the routes. Prints a
// table and writes bench/results.json. Options: --db sqlite|pg (default both),
// --duration <seconds per scenario> (default 10), --keep (keep the databases), --only <text>
// (only the scenarios whose name contains it: a quick check while working, which prints
// its figures but leaves bench/results.json as it was), --profile (the server writes a V8 CPU
// profile to bench/.data/profiles/ when it stops: open it in Chrome's DevTools).
import { spawn, type ChildProcess } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import autocannon, { type RawRequest, type RequestSpec } from 'autocannon'
import pg from 'pg'
import type { BenchFixture } from './seed.ts'

const root = path.resolve(import.meta.dirname, '..')
const buildDir = 'build-bench'
const args = process.argv.slice(2)
const option = (name: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const duration = Number(option('duration') ?? 10)
const onlyDb = option('db')
const keep = args.includes('--keep')
const only = option('only')
const profile = args.includes('--profile')
const profileDir = path.join(root, 'bench/.data/profiles')
const pgServer = (process.env.BENCH_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres').replace(/\/[^/]*$/, '')
const started = Date.now()
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

// ---------------------------------------------------------------- child processes

function run(command: string, argv: string[], env: Record<string, string>, capture = false): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'] })
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} ${argv.join(' ')} exited with ${code}`))))
  })
}

function tagged<T>(out: string, tag: string): T {
  const line = out.split('\n').find((l) => l.startsWith(`${tag} `))
  if (!line) throw new Error(`no ${tag} line in the output`)
  return JSON.parse(line.slice(tag.length + 1))
}

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory()) return stat.mtimeMs
  return fs.readdirSync(entry).reduce((m, name) => Math.max(m, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

async function ensureBuild() {
  const marker = path.join(root, buildDir, 'server/index.js')
  const sources = ['app', 'server', 'public', 'vite.config.ts', 'remix.config.js', 'package-lock.json'].map((p) => path.join(root, p))
  const built = fs.existsSync(marker) ? fs.statSync(marker).mtimeMs : 0
  if (built > Math.max(...sources.map(newestMtime))) return log(`${buildDir}/ is up to date`)
  log(`building into ${buildDir}/`)
  await run('npx', ['remix', 'vite:build'], { BUILD_DIR: buildDir, NODE_ENV: 'production' }, true)
}

async function startServer(port: number, databaseUrl: string): Promise<ChildProcess> {
  const node = profile ? ['--cpu-prof', '--cpu-prof-dir', profileDir, 'server/index.js'] : ['server/index.js']
  const server = spawn('node', node, {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production', BUILD_DIR: buildDir, PORT: String(port), DATABASE_URL: databaseUrl, LOG_SLOW_QUERIES_MS: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}`)
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false)
    if (ok) return server
    await new Promise((r) => setTimeout(r, 200))
  }
  server.kill()
  throw new Error('the server did not answer /healthz within 30 s')
}

function stopServer(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null) return resolve()
    server.once('exit', () => resolve())
    server.kill('SIGTERM')
    const timer = setTimeout(() => server.kill('SIGKILL'), 5000)
    server.once('exit', () => clearTimeout(timer))
  })
}

// ---------------------------------------------------------------- load

type Scenario = {
  name: string
  connections: number
  /**
   * Open loop: this many requests a second in all, evenly spaced, each from the next of
   * `connections` users in turn. Without it, closed loop (autocannon): each connection sends
   * its next request as soon as it has its answer, which keeps the server saturated.
   */
  ratePerSecond?: number
  /** a single request to check before loading: the status and a piece of the body expected */
  check: { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string; status: number; contains?: string; location?: RegExp }
  requests: RequestSpec[]
  /** statuses that count as success */
  ok: (status: number) => boolean
}

export type ScenarioResult = {
  scenario: string
  connections: number
  requests: number
  rps: number
  p50: number
  p95: number
  p99: number
  errors: number
  statuses: Record<string, number>
  /** the server's CPU time (user + system) per request: unlike latency, not inflated by other load on the machine */
  cpuMsPerRequest: number
  /** set when the scenario could not be measured */
  failure?: string
}

/** user + system CPU time of a process, in ms (Linux /proc) */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
  } catch {
    return NaN
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

/**
 * Requests at a fixed rate, evenly spaced, whatever the answers' pace (autocannon's own rate
 * options send each second's requests in one burst, which measures the burst, not the rate).
 */
async function steadyLoad(base: string, scenario: Scenario, rate: number, seconds: number, serverPid?: number): Promise<ScenarioResult> {
  const spec = scenario.requests[0]
  if (!spec) throw new Error(`${scenario.name}: no request`)
  const contexts = Array.from({ length: scenario.connections }, (): Record<string, unknown> => ({}))
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  const cpuBefore = cpuMs(serverPid)
  const started = performance.now()
  const pending: Promise<void>[] = []
  for (let i = 0; performance.now() - started < seconds * 1000; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((r) => setTimeout(r, wait))
    const request = spec.setupRequest ? spec.setupRequest({ ...spec }, contexts[i % contexts.length] ?? {}) : spec
    const sent = performance.now()
    pending.push(
      fetch(base + (request.path ?? '/'), { method: request.method, headers: request.headers, body: request.body, redirect: 'manual', signal: AbortSignal.timeout(10_000) }).then(
        async (response) => {
          await response.arrayBuffer()
          latencies.push(performance.now() - sent)
          statuses[response.status] = (statuses[response.status] ?? 0) + 1
          if (!scenario.ok(response.status)) errors++
        },
        () => void errors++,
      ),
    )
  }
  await Promise.all(pending)
  const elapsed = (performance.now() - started) / 1000
  const cpu = cpuMs(serverPid) - cpuBefore
  latencies.sort((a, b) => a - b)
  return {
    scenario: scenario.name,
    connections: scenario.connections,
    requests: latencies.length,
    rps: Math.round(latencies.length / elapsed),
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    errors,
    statuses,
    cpuMsPerRequest: Math.round((cpu / Math.max(1, latencies.length)) * 100) / 100,
  }
}

async function load(base: string, scenario: Scenario, seconds: number, serverPid?: number): Promise<ScenarioResult> {
  const latencies: number[] = []
  const cpuBefore = cpuMs(serverPid)
  let bad = 0
  if (scenario.ratePerSecond) return steadyLoad(base, scenario, scenario.ratePerSecond, seconds, serverPid)
  const instance = autocannon({ url: base, connections: scenario.connections, duration: seconds, timeout: 10, requests: scenario.requests })
  instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    latencies.push(ms)
    if (!scenario.ok(status)) bad++
  })
  const result = await instance
  const cpu = cpuMs(serverPid) - cpuBefore
  latencies.sort((a, b) => a - b)
  const statuses = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]))
  return {
    scenario: scenario.name,
    connections: scenario.connections,
    requests: latencies.length,
    rps: Math.round(latencies.length / result.duration),
    p50: Math.round(percentile(latencies, 50) * 10) / 10,
    p95: Math.round(percentile(latencies, 95) * 10) / 10,
    p99: Math.round(percentile(latencies, 99) * 10) / 10,
    errors: bad + result.errors + result.timeouts,
    statuses,
    cpuMsPerRequest: Math.round((cpu / Math.max(1, latencies.length)) * 100) / 100,
  }
}

async function checkOnce(base: string, scenario: Scenario) {
  const { check } = scenario
  const response = await fetch(base + check.path, { method: check.method, headers: check.headers, body: check.body, redirect: 'manual', signal: AbortSignal.timeout(30_000) })
  const body = await response.text()
  const problems = []
  if (response.status !== check.status) problems.push(`status ${response.status}, expected ${check.status}`)
  if (check.contains && !body.includes(check.contains)) problems.push(`body lacks ${JSON.stringify(check.contains)}`)
  if (check.location && !check.location.test(response.headers.get('location') ?? '')) problems.push(`redirects to ${response.headers.get('location')}`)
  if (problems.length) throw new Error(`${scenario.name}: ${problems.join('; ')}`)
}

/** After a load the server may still be working through requests that autocannon gave up on: wait until it answers promptly. */
async function drain(base: string) {
  for (let i = 0; i < 60; i++) {
    const quick = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(1000) }).then((r) => r.ok, () => false)
    if (quick) return
  }
}

function scenarios(f: BenchFixture): Scenario[] {
  const browser = { 'accept-encoding': 'gzip, deflate, br', accept: 'text/html' }
  const learner = { ...browser, cookie: `tamkeen_session=${f.learnerToken}` }
  const trainer = { ...browser, cookie: `tamkeen_session=${f.trainerToken}` }
  const lessonPath = `/ar/courses/${f.courseSlug}/${f.lessonSlug}`
  const quizPath = `/ar/courses/${f.courseSlug}/${f.moduleSlug}/quiz`
  const matrixPath = `/en/trainer/cohorts/${f.bigCohortId}`
  const verifyPath = `/en/verify/${f.certificateCode}`
  const get = (p: string, headers: Record<string, string>): RequestSpec[] => [{ method: 'GET', path: p, headers }]
  const is2xx = (s: number) => s >= 200 && s < 300
  const quizBody = () => new URLSearchParams([...f.quizAnswers, ['submissionKey', crypto.randomBytes(18).toString('base64url')]]).toString()
  const quizHeaders = (token: string) => ({ ...browser, cookie: `tamkeen_session=${token}`, 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' })
  let nextUser = 0
  const quizScenario = (name: string): Scenario => ({
    name,
    connections: 50,
    check: { method: 'POST', path: quizPath, headers: quizHeaders(f.learnerToken), body: quizBody(), status: 302, location: /\?attempt=/ },
    requests: [
      {
        method: 'POST',
        path: quizPath,
        // every request: a fresh one-time key; every connection: its own learner
        setupRequest: (request: RawRequest, context: Record<string, unknown>) => {
          if (typeof context.token !== 'string') context.token = f.learnerTokens[nextUser++ % f.learnerTokens.length]
          const token = typeof context.token === 'string' ? context.token : f.learnerToken
          return { ...request, headers: quizHeaders(token), body: quizBody() }
        },
      },
    ],
    ok: (s) => s >= 200 && s < 400,
  })
  return [
    { name: 'catalogue', connections: 10, check: { method: 'GET', path: '/en/courses', headers: browser, status: 200 }, requests: get('/en/courses', browser), ok: is2xx },
    {
      name: 'lesson (signed in)',
      connections: 10,
      // bench-l-0 is shown by name when signed in, and the page offers "mark as complete"
      check: { method: 'GET', path: lessonPath, headers: learner, status: 200, contains: 'متعلّم 0' },
      requests: get(lessonPath, learner),
      ok: is2xx,
    },
    // 50 learners sending answers back to back: the most the process can take
    quizScenario('quiz submission'),
    // 50 learners sending 50 submissions a second in all, evenly spaced: how long a learner
    // waits at a steady, heavy rate, rather than with the process saturated
    { ...quizScenario('quiz, 50 users, 50/s'), ratePerSecond: 50 },
    { name: 'matrix (500 learners)', connections: 5, check: { method: 'GET', path: matrixPath, headers: trainer, status: 200, contains: 'bench-learner-' }, requests: get(matrixPath, trainer), ok: is2xx },
    { name: 'certificate verification', connections: 10, check: { method: 'GET', path: verifyPath, headers: browser, status: 200, contains: 'Layla' }, requests: get(verifyPath, browser), ok: is2xx },
  ]
}

// ---------------------------------------------------------------- page weight

type Manifest = { entry: { module: string; imports: string[] }; routes: Record<string, { id: string; parentId?: string; module: string; imports?: string[]; css?: string[] }> }

function readManifest(): Manifest {
  const dir = path.join(root, buildDir, 'client/assets')
  const file = fs.readdirSync(dir).find((f) => /^manifest-.*\.js$/.test(f))
  if (!file) throw new Error('no Remix manifest in the build')
  const text = fs.readFileSync(path.join(dir, file), 'utf8')
  return JSON.parse(text.slice(text.indexOf('{'), text.lastIndexOf('}') + 1))
}

/** The translation modules in the build, by namespace, for a language (entry.client loads each on demand). */
function translationModules(manifest: Manifest, lng: string): Map<string, string> {
  const entry = fs.readFileSync(path.join(root, buildDir, 'client', manifest.entry.module), 'utf8')
  const pattern = new RegExp(`locales/${lng}/([a-z]+)\\.json":\\(\\)=>[A-Za-z_$]+\\(\\(\\)=>import\\("\\./([^"]+)"\\)`, 'g')
  return new Map([...entry.matchAll(pattern)].map((m) => [m[1] ?? '', `/assets/${m[2]}`]))
}

/**
 * The namespaces a route's page can ask for: every `useTranslation(...)` in its module and in
 * the app modules it imports, at any depth (the page's meta lists those its components really
 * used, which is at most this), and `common`, which the root always uses.
 */
function namespacesOf(routeId: string): Set<string> {
  const found = new Set(['common'])
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file) || !fs.existsSync(file)) return
    seen.add(file)
    const source = fs.readFileSync(file, 'utf8')
    for (const m of source.matchAll(/useTranslation\((?:'([a-z]+)')?\)/g)) found.add(m[1] ?? 'common')
    for (const m of source.matchAll(/from '(#app\/[^']+|\.\.?\/[^']+)'/g)) {
      const spec = m[1] ?? ''
      visit(spec.startsWith('#app/') ? path.join(root, 'app', spec.slice(5)) : path.resolve(path.dirname(file), spec))
    }
  }
  for (const ext of ['.tsx', '.ts']) visit(path.join(root, 'app', routeId + ext))
  return found
}

/**
 * For every route: the JavaScript a first visit loads (entry, root, parents, the route, and
 * the Arabic translation modules of the namespaces its pages use), as the server sends it:
 * the build's precompressed gzip (level 9) and brotli (quality 11) files. Browsers ask for
 * brotli; gzip is the target's unit.
 */
function javascriptPerRoute() {
  const manifest = readManifest()
  const translations = translationModules(manifest, 'ar')
  if (translations.size === 0) throw new Error('no translation modules found in the entry chunk')
  const size = (asset: string, suffix: '.gz' | '.br') => fs.statSync(path.join(root, buildDir, 'client', asset + suffix)).size
  return Object.values(manifest.routes)
    .map((route) => {
      const files = new Set([manifest.entry.module, ...manifest.entry.imports])
      for (let r: Manifest['routes'][string] | undefined = route; r; r = r.parentId ? manifest.routes[r.parentId] : undefined) {
        files.add(r.module)
        for (const i of r.imports ?? []) files.add(i)
        for (const ns of namespacesOf(r.id)) {
          const file = translations.get(ns)
          if (file) files.add(file)
        }
      }
      return { route: route.id, gzipBytes: [...files].reduce((n, f) => n + size(f, '.gz'), 0), brotliBytes: [...files].reduce((n, f) => n + size(f, '.br'), 0) }
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
}

/** A first view of a lesson in a real browser (Debian's Chromium): every byte over the wire. */
async function firstLessonView(base: string, f: BenchFixture) {
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!fs.existsSync(executablePath)) return null
  const { chromium } = await import('@playwright/test')
  const browser = await chromium.launch({ executablePath, args: ['--headless', '--no-sandbox', '--disable-gpu'] })
  try {
    const context = await browser.newContext()
    await context.addCookies([{ name: 'tamkeen_session', value: f.learnerToken, url: base }])
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.enable')
    const byType: Record<string, number> = {}
    const types = new Map<string, string>()
    cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type))
    cdp.on('Network.loadingFinished', (e) => {
      const type = types.get(e.requestId) ?? 'Other'
      byType[type] = (byType[type] ?? 0) + e.encodedDataLength
    })
    await page.goto(`${base}/ar/courses/${f.courseSlug}/${f.lessonSlug}`, { waitUntil: 'networkidle' })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    await page.waitForTimeout(300)
    return { totalBytes: Object.values(byType).reduce((a, b) => a + b, 0), byType }
  } finally {
    await browser.close()
  }
}

// ---------------------------------------------------------------- databases

type Db = { name: 'sqlite' | 'postgresql'; url: string; port: number; drop: () => Promise<void> }

async function pgReachable() {
  const client = new pg.Client({ connectionString: `${pgServer}/postgres`, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function pgAdmin(sql: string) {
  const client = new pg.Client({ connectionString: `${pgServer}/postgres` })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

async function prepareSqlite(stamp: string): Promise<Db> {
  const file = path.join(root, 'bench/.data', `bench-${stamp}.db`)
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const url = `file:${file}`
  await run('npx', ['prisma', 'migrate', 'deploy'], { DATABASE_URL: url }, true)
  return {
    name: 'sqlite',
    url,
    port: 3600,
    drop: async () => {
      if (!keep) for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(file + suffix, { force: true })
    },
  }
}

async function preparePostgres(stamp: string): Promise<Db> {
  const name = `tamkeen_bench_${stamp}`
  await pgAdmin(`CREATE DATABASE "${name}"`)
  const url = `${pgServer}/${name}`
  const { migratePostgres } = await import('#scripts/pg-migrate.ts')
  await migratePostgres(url, () => {})
  return { name: 'postgresql', url, port: 3601, drop: () => (keep ? Promise.resolve() : pgAdmin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)) }
}

// ---------------------------------------------------------------- main

type HotQuery = { query: string; prisma: { meanMs: number; p50Ms: number; p95Ms: number; p99Ms: number }; raw: { meanMs: number; p50Ms: number; p95Ms: number; p99Ms: number } }

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14)
const results: {
  startedAt: string
  machine: { cpus: number; cpuModel: string; node: string; loadAverageAtStart: number[]; loadAverageAtEnd: number[] }
  durationSecondsPerScenario: number
  databases: { database: string; seedSeconds: number; scenarios: ScenarioResult[]; hotQueries: HotQuery[] }[]
  javascript: { route: string; gzipBytes: number; brotliBytes: number }[]
  firstLessonView: { totalBytes: number; byType: Record<string, number> } | null
  totalSeconds: number
} = {
  startedAt: new Date(started).toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', node: process.version, loadAverageAtStart: os.loadavg(), loadAverageAtEnd: [] },
  durationSecondsPerScenario: duration,
  databases: [],
  javascript: [],
  firstLessonView: null,
  totalSeconds: 0,
}

await ensureBuild()
results.javascript = javascriptPerRoute()

const wanted: Db['name'][] = onlyDb === 'sqlite' ? ['sqlite'] : onlyDb === 'pg' || onlyDb === 'postgresql' ? ['postgresql'] : ['sqlite', 'postgresql']
for (const name of wanted) {
  if (name === 'postgresql' && !(await pgReachable())) {
    log(`PostgreSQL skipped: no server answers at ${pgServer} (set BENCH_PG_URL)`)
    continue
  }
  const db = name === 'sqlite' ? await prepareSqlite(stamp) : await preparePostgres(stamp)
  let server: ChildProcess | undefined
  try {
    log(`${name}: seeding (10,000 learners, 200 cohorts, 200,000 completions, 50,000 attempts)`)
    const seedStart = Date.now()
    const fixture = tagged<BenchFixture>(await run('npx', ['tsx', 'bench/seed-cli.ts'], { DATABASE_URL: db.url, NODE_ENV: 'production' }, true), 'BENCH_FIXTURE')
    const seedSeconds = Math.round((Date.now() - seedStart) / 100) / 10
    log(`${name}: seeded in ${seedSeconds} s; starting the server on port ${db.port}`)
    server = await startServer(db.port, db.url)
    const base = `http://127.0.0.1:${db.port}`
    const scenarioResults: ScenarioResult[] = []
    for (const scenario of scenarios(fixture).filter((s) => !only || s.name.includes(only))) {
      try {
        await checkOnce(base, scenario)
        await load(base, scenario, 2) // warm-up: JIT, caches, connection pool
        await drain(base)
        const result = await load(base, scenario, duration, server.pid)
        log(`${name}: ${scenario.name}: p95 ${result.p95} ms, ${result.rps} req/s, ${result.errors} errors, ${result.cpuMsPerRequest} ms CPU/request`)
        scenarioResults.push(result)
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error)
        log(`${name}: ${scenario.name} FAILED: ${message}`)
        scenarioResults.push({ scenario: scenario.name, connections: scenario.connections, requests: 0, rps: 0, p50: NaN, p95: NaN, p99: NaN, errors: NaN, statuses: {}, cpuMsPerRequest: NaN, failure: message })
      }
      await drain(base)
    }
    if (!only && (name === 'sqlite' || !results.firstLessonView)) results.firstLessonView = await firstLessonView(base, fixture).catch((error: unknown) => (log(`page weight FAILED: ${String(error)}`), null))
    await stopServer(server)
    server = undefined
    log(`${name}: Prisma against the raw driver`)
    const hot = only ? [] : tagged<HotQuery[]>(await run('npx', ['tsx', 'bench/hot-query.ts', fixture.courseSlug, fixture.learnerToken, '2000'], { DATABASE_URL: db.url, NODE_ENV: 'production' }, true), 'BENCH_HOT')
    results.databases.push({ database: name, seedSeconds, scenarios: scenarioResults, hotQueries: hot })
  } finally {
    if (server) await stopServer(server)
    await db.drop()
  }
}

results.totalSeconds = Math.round((Date.now() - started) / 1000)
results.machine.loadAverageAtEnd = os.loadavg()
if (!only) fs.writeFileSync(path.join(root, 'bench/results.json'), JSON.stringify(results, null, 2) + '\n')

// ---------------------------------------------------------------- report

const pad = (s: string | number, n: number) => String(s).padEnd(n)
const padL = (s: string | number, n: number) => String(s).padStart(n)
console.log(`\n${pad('database', 11)}${pad('scenario', 27)}${padL('conns', 6)}${padL('p50 ms', 9)}${padL('p95 ms', 9)}${padL('p99 ms', 9)}${padL('req/s', 8)}${padL('errors', 8)}${padL('CPU ms/req', 12)}`)
for (const d of results.databases)
  for (const s of d.scenarios) console.log(`${pad(d.database, 11)}${pad(s.scenario, 27)}${padL(s.connections, 6)}${padL(s.p50, 9)}${padL(s.p95, 9)}${padL(s.p99, 9)}${padL(s.rps, 8)}${padL(s.errors, 8)}${padL(s.cpuMsPerRequest, 12)}`)
console.log(`\n${pad('database', 11)}${pad('query (2,000 iterations)', 42)}${padL('Prisma ms', 11)}${padL('raw ms', 9)}${padL('ratio', 7)}   (mean; p95)`)
for (const d of results.databases)
  for (const h of d.hotQueries)
    console.log(`${pad(d.database, 11)}${pad(h.query, 42)}${padL(h.prisma.meanMs.toFixed(3), 11)}${padL(h.raw.meanMs.toFixed(3), 9)}${padL((h.prisma.meanMs / h.raw.meanMs).toFixed(1) + '×', 7)}   (${h.prisma.p95Ms.toFixed(2)}; ${h.raw.p95Ms.toFixed(2)})`)
const heaviest = results.javascript[0]
if (heaviest) {
  const lesson = results.javascript.find((j) => j.route === 'routes/$lang.courses.$courseSlug.$lessonSlug')
  const kb = (j: { gzipBytes: number; brotliBytes: number }) => `${(j.gzipBytes / 1024).toFixed(1)} KB gzip, ${(j.brotliBytes / 1024).toFixed(1)} KB brotli`
  console.log(`\nJavaScript per route, translations included (target ≤ 100 KB gzip): heaviest ${heaviest.route}, ${kb(heaviest)}`)
  if (lesson) console.log(`  the lesson page: ${kb(lesson)}`)
}
if (results.firstLessonView)
  console.log(`First lesson view: ${(results.firstLessonView.totalBytes / 1024).toFixed(1)} KB transferred (target ≤ 250 KB): ${Object.entries(results.firstLessonView.byType).map(([t, b]) => `${t} ${(b / 1024).toFixed(1)} KB`).join(', ')}`)
console.log(`\nLoad average (1/5/15 min) at start ${results.machine.loadAverageAtStart.map((l) => l.toFixed(1)).join('/')}, at end ${results.machine.loadAverageAtEnd.map((l) => l.toFixed(1)).join('/')} on ${results.machine.cpus} CPUs: above the CPU count, latencies include waiting for a CPU.`)
console.log(`${only ? 'bench/results.json left as it was (--only)' : 'bench/results.json written'}; ${results.totalSeconds} s in all.`)
