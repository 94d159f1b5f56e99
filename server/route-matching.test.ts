// The server's route matching, with the patches of docs/decisions/016: the router keeps
// flattened route trees and compiled patterns, Remix keeps each build's ancestor matches for
// the partial manifest. Both must still answer exactly as before and see routes added later.
import { createMemoryHistory, createRouter, matchRoutes, type AgnosticRouteObject } from '@remix-run/router'
import { createRequire } from 'node:module'
import { describe, expect, it, vi } from 'vitest'
import type { AssetsManifest } from '@remix-run/react/dist/entry'
// the server's build of it: the package's index does not export it
import { getPartialManifest } from '@remix-run/react/dist/fog-of-war.js'

// the shape of the app's routes: a language layout, index routes, parameters, a splat
function appLikeRoutes(): AgnosticRouteObject[] {
  return [
    {
      id: 'root',
      path: '',
      children: [
        { id: 'home', index: true },
        {
          id: 'lang',
          path: ':lang',
          children: [
            { id: 'lang-index', index: true },
            { id: 'courses', path: 'courses', children: [{ id: 'courses-index', index: true }] },
            { id: 'course', path: 'courses/:courseSlug', children: [{ id: 'course-index', index: true }] },
            { id: 'lesson', path: 'courses/:courseSlug/:lessonSlug' },
            { id: 'quiz', path: 'courses/:courseSlug/:moduleSlug/quiz' },
            { id: 'login', path: 'login' },
            { id: 'admin', path: 'Admin', caseSensitive: true },
            { id: 'verify', path: 'verify/:code?' },
            { id: 'not-found', path: '*' },
          ],
        },
      ],
    },
  ]
}

const ids = (routes: AgnosticRouteObject[], path: string) => matchRoutes(routes, path)?.map((m) => m.route.id).join(' > ') ?? null

describe('route matching (patched router)', () => {
  it('matches the same routes and parameters on every call over one tree', () => {
    const routes = appLikeRoutes()
    const cases: Array<[string, string | null]> = [
      ['/', 'root > home'],
      ['/ar', 'root > lang > lang-index'],
      ['/en/courses', 'root > lang > courses > courses-index'],
      ['/ar/courses/upr', 'root > lang > course > course-index'],
      ['/ar/courses/upr/what-is-the-upr', 'root > lang > lesson'],
      ['/ar/courses/upr/module-1/quiz', 'root > lang > quiz'],
      ['/en/login/', 'root > lang > login'],
      ['/en/Admin', 'root > lang > admin'],
      ['/en/admin', 'root > lang > not-found'],
      ['/en/verify', 'root > lang > verify'],
      ['/en/verify/AB12', 'root > lang > verify'],
      ['/en/no/such/page', 'root > lang > not-found'],
    ]
    for (let round = 0; round < 3; round++) {
      for (const [path, expected] of cases) expect(ids(routes, path), `${path}, round ${round}`).toBe(expected)
    }
    const lesson = matchRoutes(routes, '/ar/courses/upr/what-is-the-upr')
    expect(lesson?.at(-1)?.params).toEqual({ lang: 'ar', courseSlug: 'upr', lessonSlug: 'what-is-the-upr' })
    expect(matchRoutes(routes, '/en/verify/AB12')?.at(-1)?.params).toEqual({ lang: 'en', code: 'AB12' })
    expect(matchRoutes(routes, '/en/no/such/page')?.at(-1)?.params['*']).toBe('no/such/page')
  })

  it('flattens a route tree once, however often it is matched', () => {
    let reads = 0
    const routes = appLikeRoutes()
    const lang = routes[0]!.children![1]!
    const children = lang.children!
    Object.defineProperty(lang, 'children', {
      get: () => {
        reads++
        return children
      },
    })
    expect(ids(routes, '/ar/login')).toBe('root > lang > login')
    const afterFirst = reads
    expect(afterFirst).toBeGreaterThan(0)
    for (let i = 0; i < 5; i++) expect(ids(routes, '/ar/courses/upr')).toBe('root > lang > course > course-index')
    expect(reads).toBe(afterFirst)
  })

  it('keeps each tree apart: matches point at the routes of the tree they came from', () => {
    const a = appLikeRoutes()
    const b = appLikeRoutes()
    expect(matchRoutes(a, '/ar/login')?.at(-1)?.route).toBe(a[0]!.children![1]!.children![5])
    expect(matchRoutes(b, '/ar/login')?.at(-1)?.route).toBe(b[0]!.children![1]!.children![5])
  })

  it('sees routes patched into a tree while a navigation matches it (lazy route discovery)', async () => {
    const routes = appLikeRoutes()
    const lang = routes[0]!.children![1]!
    lang.children = lang.children!.filter((r) => r.id !== 'not-found')
    const router = createRouter({
      routes,
      history: createMemoryHistory(),
      patchRoutesOnNavigation: ({ path, patch }) => {
        if (path === '/ar/glossary') patch('lang', [{ id: 'glossary', path: 'glossary' }])
      },
    }).initialize()
    await router.navigate('/ar/courses')
    expect(router.state.matches.at(-1)?.route.id).toBe('courses-index')
    await router.navigate('/ar/glossary')
    expect(router.state.errors).toBeNull()
    expect(router.state.matches.at(-1)?.route.id).toBe('glossary')
    router.dispose()
  })
})

// Remix's getPartialManifest, patched to remember the routes each ancestor path matches per build
describe('the partial manifest written into a page (patched @remix-run/react)', () => {
  const manifestOf = (routes: AgnosticRouteObject[], version: string): AssetsManifest => {
    const all: AssetsManifest['routes'] = {}
    const add = (rs: AgnosticRouteObject[], parentId?: string) =>
      rs.forEach((r) => {
        const flags = { hasAction: false, hasLoader: false, hasClientAction: false, hasClientLoader: false, hasErrorBoundary: false }
        all[r.id!] = { id: r.id!, path: r.path, index: r.index, parentId, module: `/assets/${r.id}.js`, ...flags }
        add(r.children ?? [], r.id)
      })
    add(routes)
    return { entry: { imports: [], module: '/assets/entry.js' }, routes: all, url: `/assets/manifest-${version}.js`, version }
  }
  // what Remix hands it on the server: a fresh route tree per request, with the page's matches
  const pageRouter = (routes: AgnosticRouteObject[], pathname: string) =>
    createRouter({ routes, history: createMemoryHistory({ initialEntries: [pathname] }) }).initialize()
  const partial = (manifest: AssetsManifest, routes: AgnosticRouteObject[], pathname: string) =>
    Object.keys(getPartialManifest(manifest, pageRouter(routes, pathname)).routes).sort()

  it("holds the page's routes and its ancestors' index routes, page after page", () => {
    const manifest = manifestOf(appLikeRoutes(), 'build-1')
    for (let i = 0; i < 2; i++) {
      expect(partial(manifest, appLikeRoutes(), '/ar/courses/upr/what-is-the-upr')).toEqual(
        ['course', 'course-index', 'courses', 'courses-index', 'home', 'lang', 'lang-index', 'lesson', 'root'],
      )
      expect(partial(manifest, appLikeRoutes(), '/en/login')).toEqual(['home', 'lang', 'lang-index', 'login', 'root'])
    }
  })

  it('works the ancestors out once per build and path, and again for another build', () => {
    const manifest = manifestOf(appLikeRoutes(), 'build-2')
    expect(partial(manifest, appLikeRoutes(), '/ar/courses/upr/intro')).toContain('courses-index')
    // the server's copy of the router, whose matchRoutes Remix calls through its exports
    const routerExports = createRequire(import.meta.url)('@remix-run/router') as { matchRoutes: typeof matchRoutes }
    const spy = vi.spyOn(routerExports, 'matchRoutes')
    try {
      expect(partial(manifest, appLikeRoutes(), '/ar/courses/upr/another-lesson')).toContain('courses-index')
      expect(spy).not.toHaveBeenCalled()
      expect(partial(manifest, appLikeRoutes(), '/ar/courses/hrc/intro')).toContain('course-index')
      expect(spy).toHaveBeenCalledTimes(1)
    } finally {
      spy.mockRestore()
    }

    // a new build whose course list has no index route of its own
    const next = appLikeRoutes()
    const courses = next[0]!.children![1]!.children!.find((r) => r.id === 'courses')!
    courses.children = []
    expect(partial(manifestOf(next, 'build-3'), next, '/ar/courses/upr/intro')).not.toContain('courses-index')
  })
})
