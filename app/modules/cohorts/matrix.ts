// The progress matrix (learner x module) and its two warning rules, computed from plain
// rows fetched in a few queries. Sorting and filtering come from the URL's query string.

export const DAY_MS = 24 * 60 * 60 * 1000
export const INACTIVE_DAYS = 14
/** How far (as a share of all lessons) a learner may trail the calendar before we flag it. */
export const BEHIND_SLACK = 0.1

export type MatrixModule = { id: string; title: string; lessonIds: string[]; quizId: string | null }
export type MatrixLearner = { userId: string; username: string; displayName: string; joinedAt: Date }
/** How many of one module's lessons a learner has done, and when the last of them was. */
export type ModuleProgressRow = { userId: string; moduleId: string; lessonsDone: number; lastCompletedAt: Date | null }
export type QuizBestRow = { userId: string; quizId: string; bestPercent: number | null; lastSubmittedAt: Date | null }
export type Schedule = { startsOn: Date; endsOn: Date }

export type MatrixCell = { moduleId: string; lessonsDone: number; lessonsTotal: number; bestScore: number | null }
export type MatrixRow = {
  userId: string
  username: string
  displayName: string
  cells: MatrixCell[]
  lessonsDone: number
  lessonsTotal: number
  /** 0-100, whole percent of lessons done */
  donePercent: number
  /** mean of the best scores of the quizzes tried, 0-100, or null if none */
  averageScore: number | null
  lastActivity: Date | null
  behind: boolean
  inactive: boolean
}

/** Share of the cohort's time already gone, 0 before the start and 1 after the last day. */
export function expectedShare(schedule: Schedule, now: Date): number {
  const start = schedule.startsOn.getTime()
  const end = schedule.endsOn.getTime() + DAY_MS // the last day counts in full
  if (end <= start) return now.getTime() >= start ? 1 : 0
  return Math.min(1, Math.max(0, (now.getTime() - start) / (end - start)))
}

/** Behind: the share of lessons done trails the share of time gone by more than the slack. */
export function isBehind(lessonsDone: number, lessonsTotal: number, schedule: Schedule, now: Date): boolean {
  if (lessonsTotal === 0) return false
  return lessonsDone / lessonsTotal < expectedShare(schedule, now) - BEHIND_SLACK
}

/**
 * Inactive: nothing done for 14 days. The clock starts at the later of the learner's last
 * activity (or joining, if none) and the cohort's start: nobody is idle before it begins.
 */
export function isInactive(lastActivity: Date | null, joinedAt: Date, schedule: Schedule, now: Date): boolean {
  const since = Math.max((lastActivity ?? joinedAt).getTime(), schedule.startsOn.getTime())
  return now.getTime() - since >= INACTIVE_DAYS * DAY_MS
}

function later(a: Date | null, b: Date | null): Date | null {
  if (!a) return b
  if (!b) return a
  return a.getTime() >= b.getTime() ? a : b
}

export function computeMatrix(input: {
  modules: MatrixModule[]
  learners: MatrixLearner[]
  progress: ModuleProgressRow[]
  quizBest: QuizBestRow[]
  schedule: Schedule
  now: Date
}): MatrixRow[] {
  const { modules, learners, progress, quizBest, schedule, now } = input
  const shown = new Set(modules.map((m) => m.id))
  const lessonsTotal = modules.reduce((sum, m) => sum + m.lessonIds.length, 0)

  // userId -> moduleId -> lessons done; userId -> last activity
  const done = new Map<string, Map<string, number>>()
  const last = new Map<string, Date | null>()
  for (const p of progress) {
    if (!shown.has(p.moduleId)) continue // a retired module does not count
    const perModule = done.get(p.userId) ?? new Map<string, number>()
    perModule.set(p.moduleId, (perModule.get(p.moduleId) ?? 0) + p.lessonsDone)
    done.set(p.userId, perModule)
    last.set(p.userId, later(last.get(p.userId) ?? null, p.lastCompletedAt))
  }
  const best = new Map<string, number | null>()
  for (const q of quizBest) {
    best.set(`${q.userId} ${q.quizId}`, q.bestPercent)
    last.set(q.userId, later(last.get(q.userId) ?? null, q.lastSubmittedAt))
  }

  return learners.map((learner) => {
    const perModule = done.get(learner.userId)
    const cells = modules.map((m) => ({
      moduleId: m.id,
      lessonsDone: perModule?.get(m.id) ?? 0,
      lessonsTotal: m.lessonIds.length,
      bestScore: m.quizId ? (best.get(`${learner.userId} ${m.quizId}`) ?? null) : null,
    }))
    const lessonsDone = cells.reduce((sum, c) => sum + c.lessonsDone, 0)
    const scores = cells.map((c) => c.bestScore).filter((s): s is number => s !== null)
    const lastActivity = last.get(learner.userId) ?? null
    return {
      userId: learner.userId,
      username: learner.username,
      displayName: learner.displayName,
      cells,
      lessonsDone,
      lessonsTotal,
      donePercent: lessonsTotal === 0 ? 0 : Math.floor((lessonsDone * 100) / lessonsTotal),
      averageScore: scores.length === 0 ? null : Math.round(scores.reduce((a, b) => a + b, 0) / scores.length),
      lastActivity,
      behind: isBehind(lessonsDone, lessonsTotal, schedule, now),
      inactive: isInactive(lastActivity, learner.joinedAt, schedule, now),
    }
  })
}

export const sortKeys = ['name', 'progress', 'score', 'activity'] as const
export type SortKey = (typeof sortKeys)[number]
export const filters = ['all', 'behind', 'inactive'] as const
export type MatrixFilter = (typeof filters)[number]
export type SortDir = 'asc' | 'desc'
export const MATRIX_PAGE_SIZE = 50

export type MatrixQuery = { sort: SortKey; dir: SortDir; filter: MatrixFilter; page: number }

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => a === value) ?? fallback
}

export function parseMatrixQuery(params: URLSearchParams): MatrixQuery {
  const page = Number.parseInt(params.get('page') ?? '1', 10)
  return {
    sort: pick(params.get('sort'), sortKeys, 'name'),
    dir: pick(params.get('dir'), ['asc', 'desc'] as const, 'asc'),
    filter: pick(params.get('filter'), filters, 'all'),
    page: Number.isFinite(page) && page > 0 ? page : 1,
  }
}

/** The query string for a matrix view, leaving defaults out so URLs stay short. */
export function matrixSearch(query: MatrixQuery, change: Partial<MatrixQuery> = {}): string {
  const q = { ...query, ...change }
  const params = new URLSearchParams()
  if (q.sort !== 'name') params.set('sort', q.sort)
  if (q.dir !== 'asc') params.set('dir', q.dir)
  if (q.filter !== 'all') params.set('filter', q.filter)
  if (q.page !== 1) params.set('page', String(q.page))
  const text = params.toString()
  return text ? `?${text}` : ''
}

const sortValue: Record<Exclude<SortKey, 'name'>, (r: MatrixRow) => number | null> = {
  progress: (r) => r.donePercent,
  score: (r) => r.averageScore,
  activity: (r) => r.lastActivity?.getTime() ?? null,
}

/** Filtered and sorted; rows without a value (no score, no activity) always come last. */
export function sortAndFilter(rows: MatrixRow[], query: Pick<MatrixQuery, 'sort' | 'dir' | 'filter'>, locale: string): MatrixRow[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
  const byName = (a: MatrixRow, b: MatrixRow) =>
    collator.compare(a.displayName, b.displayName) || collator.compare(a.username, b.username)
  const kept = rows.filter((r) => query.filter === 'all' || (query.filter === 'behind' ? r.behind : r.inactive))
  const sign = query.dir === 'asc' ? 1 : -1
  if (query.sort === 'name') return kept.sort((a, b) => sign * byName(a, b))
  const value = sortValue[query.sort]
  return kept.sort((a, b) => {
    const va = value(a)
    const vb = value(b)
    if (va === null || vb === null) return va === vb ? byName(a, b) : va === null ? 1 : -1
    return sign * (va - vb) || byName(a, b)
  })
}

export function paginate<T>(items: T[], page: number, pageSize = MATRIX_PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(items.length / pageSize))
  const current = Math.min(page, pages)
  return { items: items.slice((current - 1) * pageSize, current * pageSize), page: current, pages, total: items.length }
}
