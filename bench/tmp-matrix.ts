import { getCohortMatrix } from '#app/modules/cohorts/progress.server.ts'
import { paginate, sortAndFilter, parseMatrixQuery } from '#app/modules/cohorts/index.ts'
const t = (label: string, ms: number[]) => console.log(label, (ms.sort((a, b) => a - b)[Math.floor(ms.length / 2)] ?? 0).toFixed(2), 'ms median')
const a: number[] = [], b: number[] = []
for (let i = 0; i < 60; i++) {
  let s = performance.now()
  const { rows } = await getCohortMatrix('bench-c-0', 'en')
  a.push(performance.now() - s)
  s = performance.now()
  paginate(sortAndFilter(rows, parseMatrixQuery(new URLSearchParams()), 'en'), 1)
  b.push(performance.now() - s)
}
t('getCohortMatrix', a)
t('sortAndFilter+paginate', b)
process.exit(0)
