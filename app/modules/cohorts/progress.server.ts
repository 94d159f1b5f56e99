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

// The matrix's big reads (for 500 learners: the learners, 5,000 completions, 1,500 best scores) in
// plain SQL, the same text on SQLite and PostgreSQL: through Prisma's query builder, turning
// those rows into objects cost more than the database's own work (bench/RESULTS.md). Each
// row is checked as it is read, so a changed column shows as an error, not as wrong figures.
// Joined through the cohort's active enrolments, so that the (userId, ...) indexes read only
// this cohort's rows, not every completion of the course.

async function cohortLearners(cohortId: string): Promise<MatrixLearner[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT u."id", u."username", u."displayName", e."createdAt"
    FROM "Enrollment" e JOIN "User" u ON u."id" = e."userId"
    WHERE e."cohortId" = ${cohortId} AND e."status" = 'active'`
  return rows.map((r) => ({ userId: text(r.id), username: text(r.username), displayName: text(r.displayName), joinedAt: date(r.createdAt) }))
}

// per learner and module: the database counts, so 500 learners send 2,000 rows, not 5,000
async function cohortModuleProgress(cohortId: string, lessonIds: string[]): Promise<ModuleProgressRow[]> {
  if (lessonIds.length === 0) return []
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT lp."userId", l."moduleId", COUNT(*) AS "lessonsDone", MAX(lp."completedAt") AS "lastCompletedAt"
    FROM "Enrollment" e
      JOIN "LessonProgress" lp ON lp."userId" = e."userId"
      JOIN "Lesson" l ON l."id" = lp."lessonId"
    WHERE e."cohortId" = ${cohortId} AND e."status" = 'active' AND lp."lessonId" IN (${Prisma.join(lessonIds)})
    GROUP BY lp."userId", l."moduleId"`
  return rows.map((r) => ({ userId: text(r.userId), moduleId: text(r.moduleId), lessonsDone: whole(r.lessonsDone), lastCompletedAt: optionalDate(r.lastCompletedAt) }))
}

async function cohortQuizBest(cohortId: string, quizIds: string[]): Promise<QuizBestRow[]> {
  if (quizIds.length === 0) return []
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT a."userId", a."quizId", MAX(a."percent") AS "bestPercent", MAX(a."submittedAt") AS "lastSubmittedAt"
    FROM "Enrollment" e JOIN "Attempt" a ON a."userId" = e."userId"
    WHERE e."cohortId" = ${cohortId} AND e."status" = 'active' AND a."quizId" IN (${Prisma.join(quizIds)})
    GROUP BY a."userId", a."quizId"`
  return rows.map((r) => ({
    userId: text(r.userId),
    quizId: text(r.quizId),
    bestPercent: r.bestPercent === null ? null : whole(r.bestPercent),
    lastSubmittedAt: r.lastSubmittedAt === null ? null : date(r.lastSubmittedAt),
  }))
}

/** Learner x module for a whole cohort: lessons done, best quiz score, last activity. */
export async function getCohortMatrix(cohortId: string, locale: Locale, now = new Date()) {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT "courseId", "startsOn", "endsOn" FROM "Cohort" WHERE "id" = ${cohortId}`
  if (!row) throw new Response('Not found', { status: 404 })
  const cohort = { courseId: text(row.courseId), startsOn: date(row.startsOn), endsOn: date(row.endsOn) }
  const modules = await courseModules(cohort.courseId, locale)
  const lessonIds = modules.flatMap((m) => m.lessonIds)
  const quizIds = modules.flatMap((m) => (m.quizId ? [m.quizId] : []))
  const [learners, progress, quizBest] = await Promise.all([cohortLearners(cohortId), cohortModuleProgress(cohortId, lessonIds), cohortQuizBest(cohortId, quizIds)])
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
