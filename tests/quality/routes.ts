// The crawl's list of pages, read from the route files themselves, so that a new route
// cannot escape the quality gates. Resource routes (no default export) are listed apart.
import fs from 'node:fs'
import path from 'node:path'

const routesDir = path.resolve(import.meta.dirname, '../../app/routes')

export type RouteFile = { file: string; pattern: string; params: string[]; page: boolean }

/** Remix flat-route file name -> URL pattern, e.g. `$lang.courses.$slug_.quiz` -> `/:lang/courses/:slug/quiz`. */
export function patternOf(name: string): string | null {
  const segments: string[] = []
  let current = ''
  let escaped = false
  for (const ch of name) {
    if (ch === '[') escaped = true
    else if (ch === ']') escaped = false
    else if (ch === '.' && !escaped) {
      segments.push(current)
      current = ''
    } else current += ch
  }
  segments.push(current)
  const parts: string[] = []
  for (let raw of segments) {
    if (raw === '_index') continue
    if (raw.startsWith('_')) continue // pathless layout
    if (raw.endsWith('_')) raw = raw.slice(0, -1) // opt out of layout nesting
    if (raw === '$') return null // splat: the 404 page, crawled on its own
    if (raw.startsWith('($')) return null
    parts.push(raw.startsWith('$') ? `:${raw.slice(1)}` : raw)
  }
  return '/' + parts.join('/')
}

export function routeFiles(): RouteFile[] {
  const out: RouteFile[] = []
  for (const entry of fs.readdirSync(routesDir, { withFileTypes: true })) {
    let name: string
    let source: string
    if (entry.isDirectory()) {
      const main = ['route.tsx', 'route.ts'].map((f) => path.join(routesDir, entry.name, f)).find((f) => fs.existsSync(f))
      if (!main) continue
      name = entry.name
      source = fs.readFileSync(main, 'utf8')
    } else {
      if (!/\.(tsx|ts)$/.test(entry.name) || /\.test\.|\.server\.|^\./.test(entry.name)) continue
      name = entry.name.replace(/\.(tsx|ts)$/, '')
      source = fs.readFileSync(path.join(routesDir, entry.name), 'utf8')
    }
    const pattern = patternOf(name)
    if (!pattern) continue
    const params = [...pattern.matchAll(/:([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '')
    out.push({ file: name, pattern, params, page: /export default/.test(source) })
  }
  return out.sort((a, b) => a.pattern.localeCompare(b.pattern))
}

export function fill(pattern: string, sample: Record<string, string> | ((pattern: string) => Record<string, string>)): string {
  const values = typeof sample === 'function' ? sample(pattern) : sample
  return pattern.replace(/:([A-Za-z0-9_]+)/g, (_, p: string) => {
    const v = values[p]
    if (v === undefined) throw new Error(`no sample value for :${p} in ${pattern}: add one in tests/quality/samples.ts`)
    return v
  })
}
