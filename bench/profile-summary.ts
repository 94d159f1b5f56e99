// `npx tsx bench/profile-summary.ts <file.cpuprofile> [top]`: where a V8 CPU profile (from
// `npm run bench -- --profile`) spent its time. Prints the share of self time by package (or
// app file), the functions with the most self time, and the functions with the most total
// time (self plus what they called), so a change can be aimed at what costs the most.
import fs from 'node:fs'

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number; children?: number[] }
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] }

const [file, topArg] = process.argv.slice(2)
if (!file) throw new Error('usage: tsx bench/profile-summary.ts <file.cpuprofile> [top]')
const top = Number(topArg ?? 25)
const profile: Profile = JSON.parse(fs.readFileSync(file, 'utf8'))
const byId = new Map(profile.nodes.map((n) => [n.id, n]))

// self time per node, from the samples and their time deltas (µs)
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const total = [...self.values()].reduce((a, b) => a + b, 0)

const where = (n: Node) => {
  const url = n.callFrame.url
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg?.[1]) return pkg[1]
  if (!url) return `(${n.callFrame.functionName || 'native'})`
  if (url.startsWith('node:')) return 'node core'
  return url.replace(/^file:\/\/.*?\/(build-[^/]+|app|server|bench)\//, '$1/')
}
const label = (n: Node) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n)}:${n.callFrame.lineNumber + 1}`
const idle = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName)).map((n) => n.id))
const busy = total - [...idle].reduce((a, id) => a + (self.get(id) ?? 0), 0)

const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v)
const byPlace = new Map<string, number>()
const bySelf = new Map<string, number>()
for (const [id, us] of self) {
  const n = byId.get(id)!
  if (idle.has(id)) continue
  add(byPlace, where(n), us)
  add(bySelf, label(n), us)
}

// total time: a function counted once per sample even when it recurses
const parent = new Map<number, number>()
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
const byTotal = new Map<string, number>()
for (const [id, us] of self) {
  if (idle.has(id)) continue
  const seen = new Set<string>()
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const k = label(byId.get(at)!)
    if (!seen.has(k)) add(byTotal, k, us)
    seen.add(k)
  }
}

const pct = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`
const print = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [k, us] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(us)}  ${k}`)
}
console.log(`${(busy / 1000).toFixed(0)} ms busy of ${(total / 1000).toFixed(0)} ms profiled (the rest idle, GC or V8 itself: ${(((total - busy) * 100) / total).toFixed(0)}%)`)
print('self time by package or file', byPlace)
print('self time by function', bySelf)
print('total time by function (self and callees)', byTotal)
