import { describe, expect, test } from 'vitest'
import {
  computeMatrix,
  expectedShare,
  isBehind,
  isInactive,
  matrixSearch,
  paginate,
  parseMatrixQuery,
  sortAndFilter,
  type MatrixRow,
} from './matrix.ts'

const day = (iso: string) => new Date(`${iso}T00:00:00Z`)
// 10 weeks: 1 March to 9 May
const schedule = { startsOn: day('2026-03-01'), endsOn: day('2026-05-09') }

const modules = [
  { id: 'm1', title: 'One', lessonIds: ['l1', 'l2'], quizId: 'q1' },
  { id: 'm2', title: 'Two', lessonIds: ['l3', 'l4', 'l5'], quizId: 'q2' },
  { id: 'm3', title: 'Three', lessonIds: ['l6'], quizId: null },
]
const learners = [
  { userId: 'a', username: 'amal', displayName: 'Amal', joinedAt: day('2026-02-20') },
  { userId: 'b', username: 'basel', displayName: 'Basel', joinedAt: day('2026-02-21') },
  { userId: 'c', username: 'carla', displayName: 'Carla', joinedAt: day('2026-03-20') },
]

describe('the progress matrix', () => {
  const now = day('2026-03-22') // 3 of 10 weeks gone
  const rows = computeMatrix({
    modules,
    learners,
    progress: [
      { userId: 'a', moduleId: 'm1', lessonsDone: 2, lastCompletedAt: day('2026-03-03') },
      { userId: 'a', moduleId: 'm2', lessonsDone: 1, lastCompletedAt: day('2026-03-20') },
      { userId: 'b', moduleId: 'm1', lessonsDone: 1, lastCompletedAt: day('2026-03-04') },
      { userId: 'b', moduleId: 'gone', lessonsDone: 1, lastCompletedAt: day('2026-03-21') }, // retired module
    ],
    quizBest: [
      { userId: 'a', quizId: 'q1', bestPercent: 90, lastSubmittedAt: day('2026-03-21') },
      { userId: 'a', quizId: 'q2', bestPercent: 50, lastSubmittedAt: day('2026-03-21') },
      { userId: 'b', quizId: 'q1', bestPercent: 40, lastSubmittedAt: day('2026-03-05') },
    ],
    schedule,
    now,
  })

  test('counts lessons done and the best quiz score per module', () => {
    const amal = rows[0]!
    expect(amal.cells).toEqual([
      { moduleId: 'm1', lessonsDone: 2, lessonsTotal: 2, bestScore: 90 },
      { moduleId: 'm2', lessonsDone: 1, lessonsTotal: 3, bestScore: 50 },
      { moduleId: 'm3', lessonsDone: 0, lessonsTotal: 1, bestScore: null },
    ])
    expect(amal.lessonsDone).toBe(3)
    expect(amal.lessonsTotal).toBe(6)
    expect(amal.donePercent).toBe(50)
    expect(amal.averageScore).toBe(70)
    expect(amal.lastActivity).toEqual(day('2026-03-21'))
  })

  test('a learner with nothing done has empty cells, no score and no activity', () => {
    const carla = rows[2]!
    expect(carla.lessonsDone).toBe(0)
    expect(carla.averageScore).toBeNull()
    expect(carla.lastActivity).toBeNull()
    expect(carla.cells.every((c) => c.lessonsDone === 0 && c.bestScore === null)).toBe(true)
  })

  test('flags who is behind the calendar and who has been idle for 14 days', () => {
    // 30% of time gone: Amal (50%) is fine; Basel (1 of 6 = 17%) trails it by more than 10 points
    expect(rows.map((r) => [r.username, r.behind, r.inactive])).toEqual([
      ['amal', false, false],
      ['basel', true, true], // last active 5 March, 17 days ago
      ['carla', true, false], // joined two days ago
    ])
  })
})

describe('the rules on their own', () => {
  test('expected share follows the calendar, clamped to 0..1', () => {
    expect(expectedShare(schedule, day('2026-02-01'))).toBe(0)
    expect(expectedShare(schedule, day('2026-04-05'))).toBeCloseTo(0.5)
    expect(expectedShare(schedule, day('2026-06-01'))).toBe(1)
  })
  test('behind means trailing the calendar by more than a tenth of the course', () => {
    const mid = day('2026-04-05') // half the time gone
    expect(isBehind(4, 10, schedule, mid)).toBe(false) // 40% vs 50% - 10%
    expect(isBehind(3, 10, schedule, mid)).toBe(true)
    expect(isBehind(0, 10, schedule, day('2026-02-01'))).toBe(false) // not started yet
    expect(isBehind(0, 0, schedule, mid)).toBe(false)
  })
  test('inactive counts from the last activity, joining or the start, whichever is latest', () => {
    const now = day('2026-03-29')
    expect(isInactive(day('2026-03-15'), day('2026-01-01'), schedule, now)).toBe(true) // exactly 14 days
    expect(isInactive(day('2026-03-16'), day('2026-01-01'), schedule, now)).toBe(false)
    expect(isInactive(null, day('2026-01-01'), schedule, day('2026-03-10'))).toBe(false) // start was 9 days ago
    expect(isInactive(null, day('2026-01-01'), schedule, day('2026-03-20'))).toBe(true)
  })
})

describe('sorting, filtering and paging', () => {
  const row = (username: string, donePercent: number, averageScore: number | null, last: string | null, flags: Partial<MatrixRow> = {}): MatrixRow => ({
    userId: username,
    username,
    displayName: username,
    cells: [],
    lessonsDone: 0,
    lessonsTotal: 10,
    donePercent,
    averageScore,
    lastActivity: last ? day(last) : null,
    behind: false,
    inactive: false,
    ...flags,
  })
  const rows = [row('zaid', 10, 80, '2026-03-01', { behind: true }), row('amal', 90, null, null, { inactive: true }), row('maya', 50, 60, '2026-03-05')]
  const names = (r: MatrixRow[]) => r.map((x) => x.username)

  test('by name, progress, score or last activity, in either direction; blanks last', () => {
    expect(names(sortAndFilter([...rows], { sort: 'name', dir: 'asc', filter: 'all' }, 'en'))).toEqual(['amal', 'maya', 'zaid'])
    expect(names(sortAndFilter([...rows], { sort: 'progress', dir: 'desc', filter: 'all' }, 'en'))).toEqual(['amal', 'maya', 'zaid'])
    expect(names(sortAndFilter([...rows], { sort: 'score', dir: 'asc', filter: 'all' }, 'en'))).toEqual(['maya', 'zaid', 'amal'])
    expect(names(sortAndFilter([...rows], { sort: 'score', dir: 'desc', filter: 'all' }, 'en'))).toEqual(['zaid', 'maya', 'amal'])
    expect(names(sortAndFilter([...rows], { sort: 'activity', dir: 'desc', filter: 'all' }, 'en'))).toEqual(['maya', 'zaid', 'amal'])
  })
  test('filters keep only those behind, or only the inactive', () => {
    expect(names(sortAndFilter([...rows], { sort: 'name', dir: 'asc', filter: 'behind' }, 'en'))).toEqual(['zaid'])
    expect(names(sortAndFilter([...rows], { sort: 'name', dir: 'asc', filter: 'inactive' }, 'en'))).toEqual(['amal'])
  })
  test('the query string is read defensively and written back without defaults', () => {
    const q = parseMatrixQuery(new URLSearchParams('sort=score&dir=desc&filter=bogus&page=-3'))
    expect(q).toEqual({ sort: 'score', dir: 'desc', filter: 'all', page: 1 })
    expect(matrixSearch(q, { filter: 'behind', page: 2 })).toBe('?sort=score&dir=desc&filter=behind&page=2')
    expect(matrixSearch(parseMatrixQuery(new URLSearchParams()))).toBe('')
  })
  test('pages hold 50 rows and a page past the end shows the last one', () => {
    const many = Array.from({ length: 120 }, (_, i) => i)
    expect(paginate(many, 3)).toMatchObject({ page: 3, pages: 3, total: 120, items: many.slice(100) })
    expect(paginate(many, 9).page).toBe(3)
    expect(paginate([], 1)).toMatchObject({ page: 1, pages: 1, items: [] })
  })
})
