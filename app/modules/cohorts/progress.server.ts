// The data behind a cohort's progress matrix and quiz results, fetched in a fixed number
// of queries whatever the size of the cohort (no query per learner).
import { prisma } from '#app/db.server.ts'
import { findCourseById } from '#app/modules/catalog/index.server.ts'
import type { Locale } from '#app/i18n/config.ts'
import { Prisma } from '#app/generated/prisma/client.ts'
import { date, optionalDate, text, whole } from '#app/modules/raw-rows.server.ts'
import { computeMatrix, type MatrixLearner, type MatrixModule, type ModuleProgressRow, type QuizBestRow } from './matrix.ts'
import { latestAttempts, summariseQuizzes } from './quiz-results.ts'

function pick<T extends { locale: string }>(translations: T[], locale: Locale): T | undefined {
  return translations.find((t) => t.locale === locale) ?? translations[0]
}

async function activeLearnerIds(cohortId: string): Promise<string[]> {
  const rows = await prisma.enrollment.findMany({ where: { cohortId, status: 'active' }, select: { userId: true } })
  return rows.map((r) => r.userId)
}

/** The course's modules as the matrix shows them, from the process's copy of the course (decision 013). */
async function courseModules(courseId: string, locale: Locale): Promise<MatrixModule[]> {
  const course = await findCourseById(courseId, locale)
  return (course?.modules ?? []).map((m) => ({ id: m.id, title: m.title, lessonIds: m.lessons.map((l) => l.id), quizId: m.quiz?.id ?? null }))
}

// The matrix's big reads (for 500 learners: the learners and 2,000 per-module rows) in plain
// SQL, the same text on SQLite and PostgreSQL: through Prisma's query builder, turning those
// rows into objects cost more than the database's own work (bench/RESULTS.md). Each row is
// checked as it is read, so a changed column shows as an error, not as wrong figures. Joined
// through the cohort's active enrolments, so that the (userId, ...) keys read only this
// cohort's rows.

async function cohortLearners(cohortId: string): Promise<MatrixLearner[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT u."id", u."username", u."displayName", e."createdAt"
    FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId"
    WHERE e."cohortId" = ${cohortId} AND e."status" = 'active'`
  return rows.map((r) => ({ userId: text(r.id), username: text(r.username), displayName: text(r.displayName), joinedAt: date(r.createdAt) }))
}

// per learner and module, the rows kept by progress/summary.server.ts (decision 015): for 500
// learners and four modules, 2,000 rows by their key instead of counting 5,000 completions
async function cohortModuleProgress(cohortId: string, modules: MatrixModule[]): Promise<{ progress: ModuleProgressRow[]; quizBest: QuizBestRow[] }> {
  if (modules.length === 0) return { progress: [], quizBest: [] }
  const quizOf = new Map(modules.map((m) => [m.id, m.quizId]))
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT mp."userId", mp."moduleId", mp."lessonsDone", mp."lastCompletedAt", mp."bestPercent", mp."lastSubmittedAt"
    FROM "Enrollment" e JOIN "ModuleProgress" mp ON mp."userId" = e."userId"
    WHERE e."cohortId" = ${cohortId} AND e."status" = 'active' AND mp."moduleId" IN (${Prisma.join(modules.map((m) => m.id))})`
  const progress: ModuleProgressRow[] = []
  const quizBest: QuizBestRow[] = []
  for (const r of rows) {
    const userId = text(r.userId)
    const moduleId = text(r.moduleId)
    progress.push({ userId, moduleId, lessonsDone: whole(r.lessonsDone), lastCompletedAt: optionalDate(r.lastCompletedAt) })
    const quizId = quizOf.get(moduleId)
    if (quizId && r.lastSubmittedAt !== null) quizBest.push({ userId, quizId, bestPercent: r.bestPercent === null ? null : whole(r.bestPercent), lastSubmittedAt: date(r.lastSubmittedAt) })
  }
  return { progress, quizBest }
}

/** Learner x module for a whole cohort: lessons done, best quiz score, last activity. */
export async function getCohortMatrix(cohortId: string, locale: Locale, now = new Date()) {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT "courseId", "startsOn", "endsOn" FROM "Cohort" WHERE "id" = ${cohortId}`
  if (!row) throw new Response('Not found', { status: 404 })
  const cohort = { courseId: text(row.courseId), startsOn: date(row.startsOn), endsOn: date(row.endsOn) }
  const modules = await courseModules(cohort.courseId, locale)
  const [learners, { progress, quizBest }] = await Promise.all([cohortLearners(cohortId), cohortModuleProgress(cohortId, modules)])
  const rows = computeMatrix({
    modules,
    learners,
    progress,
    quizBest,
    schedule: cohort,
    now,
  })
  return { modules, rows }
}

/** Per quiz of the course: how many tried, how many passed, and the share right per question. */
export async function getCohortQuizResults(cohortId: string, locale: Locale) {
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { courseId: true } })
  if (!cohort) throw new Response('Not found', { status: 404 })
  const quizzes = await prisma.quiz.findMany({
    where: { status: 'published', module: { courseId: cohort.courseId, status: 'published' } },
    orderBy: { module: { position: 'asc' } },
    select: {
      id: true,
      translations: { select: { locale: true, title: true } },
      questions: {
        where: { status: 'published' },
        orderBy: { position: 'asc' },
        select: { id: true, position: true, translations: { select: { locale: true, prompt: true } } },
      },
    },
  })
  const quizIds = quizzes.map((q) => q.id)
  const userIds = await activeLearnerIds(cohortId)
  const attempts = await prisma.attempt.findMany({
    where: { userId: { in: userIds }, quizId: { in: quizIds } },
    select: { id: true, userId: true, quizId: true, submittedAt: true, passed: true },
  })
  const latest = latestAttempts(attempts)
  const counts = latest.length
    ? await prisma.answer.groupBy({
        by: ['questionId', 'correct'],
        where: { attemptId: { in: latest.map((a) => a.id) } },
        _count: { _all: true },
      })
    : []
  const questions = quizzes.flatMap((q) =>
    q.questions.map((question) => ({ id: question.id, quizId: q.id, position: question.position, prompt: pick(question.translations, locale)?.prompt ?? '' })),
  )
  const summaries = summariseQuizzes(quizIds, questions, latest, counts.map((c) => ({ questionId: c.questionId, correct: c.correct, count: c._count._all })))
  return summaries.map((s, i) => ({ ...s, title: pick(quizzes[i]?.translations ?? [], locale)?.title ?? s.quizId }))
}
