// Requests every route in authz-routes.ts as nobody, learner, trainer, coordinator and admin,
// through the whole Remix app (the server build from Vite, as `npm run dev` serves it), and
// checks each is allowed or refused as the table says.
import path from 'node:path'
import { createRequestHandler, type ServerBuild } from '@remix-run/node'
import { createServer, type ViteDevServer } from 'vite'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import { createSession } from '#app/modules/auth/index.server.ts'
import { authzRoutes, who, type Outcome, type Who } from './authz-routes.ts'
import { makeAuthzCohorts } from './cohort-fixtures.ts'

let vite: ViteDevServer
let handle: (request: Request) => Promise<Response>
const userIds: Partial<Record<Who, string>> = {}

function isServerBuild(value: unknown): value is ServerBuild {
  return Boolean(value && typeof value === 'object' && 'routes' in value && 'entry' in value)
}

beforeAll(async () => {
  // the people first: the database connection opens before Vite loads the app's own modules
  for (const role of who) {
    if (role === 'nobody') continue
    const user = await prisma.user.create({
      data: { username: `authz-${role}`, displayName: `Authz ${role}`, role, totpSecret: role === 'coordinator' || role === 'admin' ? 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' : null },
      select: { id: true },
    })
    userIds[role] = user.id
  }
  await makeAuthzCohorts(userIds.trainer)
  const root = path.resolve(import.meta.dirname, '../..')
  // vite.config.ts leaves out the Remix plugin under vitest; this test wants the real app
  const vitest = process.env.VITEST
  delete process.env.VITEST
  try {
    vite = await createServer({
      configFile: path.join(root, 'vite.config.ts'),
      root,
      server: { middlewareMode: true, hmr: false, watch: null },
      appType: 'custom',
      logLevel: 'error',
    })
  } finally {
    process.env.VITEST = vitest
  }
  const build: unknown = await vite.ssrLoadModule('virtual:remix/server-build')
  if (!isServerBuild(build)) throw new Error('no Remix server build')
  const handler = createRequestHandler(build, 'production')
  handle = (request) => handler(request, { clientIp: '203.0.113.7', cspNonce: 'test' })

}, 120_000)

afterAll(async () => {
  await vite?.close()
})

async function request(row: (typeof authzRoutes)[number], role: Who): Promise<Response> {
  const headers = new Headers({ Accept: 'text/html' })
  const userId = userIds[role]
  if (userId) {
    const { token } = await createSession(userId, 'authz-matrix', role === 'coordinator' || role === 'admin')
    headers.set('Cookie', `tamkeen_session=${token}`)
  }
  const init: RequestInit = { method: row.method, headers, redirect: 'manual' }
  if (row.method === 'POST') {
    headers.set('Content-Type', 'application/x-www-form-urlencoded')
    init.body = new URLSearchParams(row.form ?? {}).toString()
  }
  return handle(new Request(`http://localhost${row.path}`, init))
}

function outcomeOf(response: Response): Outcome | `unexpected ${number}` {
  const { status } = response
  if (status === 403) return 'forbidden'
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers.get('Location') ?? '/', 'http://localhost')
    if (/^\/(ar|en)\/login$/.test(location.pathname)) return 'login'
    // coordinators and admins without two-factor are sent to set it up: a refusal, not access
    if (location.pathname.endsWith('/me/two-factor') && location.searchParams.get('required')) return 'forbidden'
    return 'ok'
  }
  if (status < 300 || status === 400 || status === 422 || status === 429) return 'ok'
  return `unexpected ${status}`
}

describe('authorization matrix', () => {
  for (const row of authzRoutes) {
    test(`${row.method} ${row.path}`, async () => {
      const got: Record<string, string> = {}
      for (const role of who) got[role] = outcomeOf(await request(row, role))
      expect(got).toEqual(row.expect)
    })
  }
})

test('a coordinator or admin without two-factor done in this session is refused their area', async () => {
  const user = await prisma.user.create({ data: { username: 'authz-admin-no2fa', displayName: 'x', role: 'admin' }, select: { id: true } })
  const { token } = await createSession(user.id, 'authz-matrix', false)
  const response = await handle(new Request('http://localhost/en/admin', { headers: { Cookie: `tamkeen_session=${token}` }, redirect: 'manual' }))
  expect(response.status).toBe(302)
  expect(response.headers.get('Location')).toBe('/en/me/two-factor?required=1')
})
