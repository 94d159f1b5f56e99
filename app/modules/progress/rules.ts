// Completion rules, as pure functions over a course's shape and what a learner has done.
// Only published lessons and quizzes are in the shape: progress on retired ones is kept but not counted.

export type ModuleShape = { id: string; lessonIds: string[]; quizId: string | null }
export type CourseShape = { modules: ModuleShape[] }
export type LearnerState = { completedLessonIds: ReadonlySet<string>; passedQuizIds: ReadonlySet<string> }

export type ModuleStatus = { moduleId: string; lessonsDone: number; lessonsTotal: number; quizPassed: boolean | null; complete: boolean }
export type CourseProgress = {
  lessonsDone: number
  lessonsTotal: number
  quizzesPassed: number
  quizzesTotal: number
  /** lessons and quizzes together, 0-100, rounded down */
  percent: number
  complete: boolean
}
export type Remaining = { lessonIds: string[]; quizIds: string[]; eligibleForCertificate: boolean }

export function moduleStatus(module: ModuleShape, state: LearnerState): ModuleStatus {
  const lessonsDone = module.lessonIds.filter((id) => state.completedLessonIds.has(id)).length
  const quizPassed = module.quizId === null ? null : state.passedQuizIds.has(module.quizId)
  return {
    moduleId: module.id,
    lessonsDone,
    lessonsTotal: module.lessonIds.length,
    quizPassed,
    complete: lessonsDone === module.lessonIds.length && quizPassed !== false,
  }
}

export function courseProgress(course: CourseShape, state: LearnerState): CourseProgress {
  const modules = course.modules.map((m) => moduleStatus(m, state))
  const lessonsDone = modules.reduce((n, m) => n + m.lessonsDone, 0)
  const lessonsTotal = modules.reduce((n, m) => n + m.lessonsTotal, 0)
  const quizzesTotal = modules.filter((m) => m.quizPassed !== null).length
  const quizzesPassed = modules.filter((m) => m.quizPassed === true).length
  const steps = lessonsTotal + quizzesTotal
  return {
    lessonsDone,
    lessonsTotal,
    quizzesPassed,
    quizzesTotal,
    percent: steps === 0 ? 0 : Math.floor(((lessonsDone + quizzesPassed) * 100) / steps),
    complete: steps > 0 && modules.every((m) => m.complete),
  }
}

/** What stands between a learner and a certificate: every lesson complete, every module quiz passed. */
export function whatIsLeft(course: CourseShape, state: LearnerState): Remaining {
  const lessonIds = course.modules.flatMap((m) => m.lessonIds).filter((id) => !state.completedLessonIds.has(id))
  const quizIds = course.modules.flatMap((m) => (m.quizId && !state.passedQuizIds.has(m.quizId) ? [m.quizId] : []))
  const hasSteps = course.modules.some((m) => m.lessonIds.length > 0 || m.quizId)
  return { lessonIds, quizIds, eligibleForCertificate: hasSteps && lessonIds.length === 0 && quizIds.length === 0 }
}

/** Where "continue" leads: the first lesson not yet complete, else the first quiz not yet passed. */
export function nextStep(course: CourseShape, state: LearnerState): { lessonId: string } | { quizModuleId: string } | null {
  for (const m of course.modules) {
    const lessonId = m.lessonIds.find((id) => !state.completedLessonIds.has(id))
    if (lessonId) return { lessonId }
    if (m.quizId && !state.passedQuizIds.has(m.quizId)) return { quizModuleId: m.id }
  }
  return null
}

/** The best attempt per quiz, by percent. */
export function bestScores(attempts: { quizId: string; percent: number; passed: boolean }[]): Map<string, { percent: number; passed: boolean }> {
  const best = new Map<string, { percent: number; passed: boolean }>()
  for (const a of attempts) {
    const current = best.get(a.quizId)
    if (!current || a.percent > current.percent || (a.passed && !current.passed)) best.set(a.quizId, { percent: a.percent, passed: a.passed || (current?.passed ?? false) })
  }
  return best
}
