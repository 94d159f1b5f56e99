// The data behind a cohort's progress matrix and quiz results, fetched in a fixed number
// of queries whatever the size of the cohort (no query per learner).
import { prisma } from '#app/db.server.ts'
import type { Locale } from '#app/i18n/config.ts'
import { computeMatrix, type MatrixModule } from './matrix.ts'
import { latestAttempts, summariseQuizzes } from './quiz-results.ts'

function pick<T extends { locale: string }>(translations: T[], locale: Locale): T | undefined {
  return translations.find((t) => t.locale === locale) ?? translations[0]
}

async function activeLearnerIds(cohortId: string): Promise<string[]> {
  const rows = await prisma.enrollment.findMany({ where: { cohortId, status: 'active' }, select: { userId: true } })
  return rows.map((r) => r.userId)
}

async function courseModules(courseId: string, locale: Locale): Promise<MatrixModule[]> {
  const modules = await prisma.module.findMany({
    where: { courseId, status: 'published' },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      translations: { select: { locale: true, title: true } },
      lessons: { where: { status: 'published' }, orderBy: { position: 'asc' }, select: { id: true } },
      quiz: { select: { id: true, status: true } },
    },
  })
  return modules.map((m) => ({
    id: m.id,
    title: pick(m.translations, locale)?.title ?? m.id,
    lessonIds: m.lessons.map((l) => l.id),
    quizId: m.quiz && m.quiz.status === 'published' ? m.quiz.id : null,
  }))
}

/** Learner x module for a whole cohort: lessons done, best quiz score, last activity. */
export async function getCohortMatrix(cohortId: string, locale: Locale, now = new Date()) {
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { courseId: true, startsOn: true, endsOn: true } })
  if (!cohort) throw new Response('Not found', { status: 404 })
  const modules = await courseModules(cohort.courseId, locale)
  const lessonIds = modules.flatMap((m) => m.lessonIds)
  const quizIds = modules.flatMap((m) => (m.quizId ? [m.quizId] : []))
  const enrollments = await prisma.enrollment.findMany({
    where: { cohortId, status: 'active' },
    select: { createdAt: true, user: { select: { id: true, username: true, displayName: true } } },
  })
  // by learner id, not by "has an active enrolment here": the (userId, ...) indexes then
  // read only this cohort's rows instead of every completion of the course (issue 8's bench)
  const userIds = enrollments.map((e) => e.user.id)
  const [progress, quizBest] = await Promise.all([
    prisma.lessonProgress.findMany({
      where: { userId: { in: userIds }, lessonId: { in: lessonIds } },
      select: { userId: true, lessonId: true, completedAt: true },
    }),
    prisma.attempt.groupBy({
      by: ['userId', 'quizId'],
      where: { userId: { in: userIds }, quizId: { in: quizIds } },
      _max: { percent: true, submittedAt: true },
    }),
  ])
  const rows = computeMatrix({
    modules,
    learners: enrollments.map((e) => ({ userId: e.user.id, username: e.user.username, displayName: e.user.displayName, joinedAt: e.createdAt })),
    progress,
    quizBest: quizBest.map((q) => ({ userId: q.userId, quizId: q.quizId, bestPercent: q._max.percent, lastSubmittedAt: q._max.submittedAt })),
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
