// Progress per learner: completing lessons, progress through a course, and "my learning".
import { prisma } from '#app/db.server.ts'
import { Prisma } from '#app/generated/prisma/client.ts'
import type { Locale } from '#app/i18n/config.ts'
import { activeEnrolment, courseTreeSelect, isEnrolled, toCourseTree, type CourseTree } from '#app/modules/catalog/index.server.ts'
import { bool, text, whole } from '#app/modules/raw-rows.server.ts'
import { withModuleRecount } from './summary.server.ts'
import { bestScores, courseProgress, nextStep, whatIsLeft, type CourseProgress, type CourseShape } from './rules.ts'

export * from './rules.ts'
export { rebuildModuleProgress, rebuildModuleProgressSql, withModuleRecount } from './summary.server.ts'

function shapeOf(course: CourseTree): CourseShape {
  return { modules: course.modules.map((m) => ({ id: m.id, lessonIds: m.lessons.map((l) => l.id), quizId: m.quiz?.id ?? null })) }
}

export type CompleteResult = 'completed' | 'not-enrolled' | 'not-found'

/** Marks a lesson complete for an enrolled learner; doing it twice keeps the first date. */
export async function completeLesson(userId: string, courseSlug: string, lessonSlug: string): Promise<CompleteResult> {
  const lesson = await prisma.lesson.findFirst({
    where: { slug: lessonSlug, status: 'published', module: { status: 'published', course: { slug: courseSlug, status: 'published' } } },
    select: { id: true, moduleId: true, module: { select: { courseId: true } } },
  })
  if (!lesson) return 'not-found'
  if (!(await isEnrolled(userId, lesson.module.courseId))) return 'not-enrolled'
  await withModuleRecount(userId, [lesson.moduleId], [
    prisma.lessonProgress.upsert({
      where: { userId_lessonId: { userId, lessonId: lesson.id } },
      create: { userId, lessonId: lesson.id },
      update: {},
      select: { id: true },
    }),
  ])
  return 'completed'
}

// What one learner has done in some courses: the lessons and quizzes of their trees (and, for
// one course, the enrolment), in one plain SQL query by the (userId, lessonId), (userId,
// quizId) and (userId, courseId) indexes. It runs on every lesson, course and quiz page, where
// Prisma's query builder cost far more than the reads themselves (bench/RESULTS.md); every
// part names its columns alike, and each value is checked as it is read.
async function learnerRows(userId: string, lessonIds: string[], quizIds: string[], enrolmentOf: string | null) {
  const parts: Prisma.Sql[] = []
  if (lessonIds.length > 0)
    parts.push(Prisma.sql`SELECT 'lesson' AS "kind", "lessonId" AS "ref", 0 AS "percent", FALSE AS "passed" FROM "LessonProgress" WHERE "userId" = ${userId} AND "lessonId" IN (${Prisma.join(lessonIds)})`)
  if (quizIds.length > 0)
    parts.push(Prisma.sql`SELECT 'attempt' AS "kind", "quizId" AS "ref", "percent" AS "percent", "passed" AS "passed" FROM "Attempt" WHERE "userId" = ${userId} AND "quizId" IN (${Prisma.join(quizIds)})`)
  if (enrolmentOf) parts.push(Prisma.sql`SELECT 'enrolment' AS "kind", "status" AS "ref", 0 AS "percent", FALSE AS "passed" FROM "Enrollment" WHERE "userId" = ${userId} AND "courseId" = ${enrolmentOf}`)
  if (parts.length === 0) return []
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>(Prisma.join(parts, ' UNION ALL '))
  return rows.map((r) => ({ kind: text(r.kind), ref: text(r.ref), percent: whole(r.percent), passed: bool(r.passed) }))
}

async function learnerState(userId: string, courses: CourseTree[], enrolmentOf: string | null = null) {
  const modules = courses.flatMap((c) => c.modules)
  const rows = await learnerRows(
    userId,
    modules.flatMap((m) => m.lessons.map((l) => l.id)),
    modules.flatMap((m) => (m.quiz ? [m.quiz.id] : [])),
    enrolmentOf,
  )
  const done = rows.filter((r) => r.kind === 'lesson').map((r) => r.ref)
  const attempts = rows.filter((r) => r.kind === 'attempt').map((r) => ({ quizId: r.ref, percent: r.percent, passed: r.passed }))
  const enrolled = rows.some((r) => r.kind === 'enrolment' && activeEnrolment(r.ref))
  const best = bestScores(attempts)
  const attemptCounts = new Map<string, number>()
  for (const a of attempts) attemptCounts.set(a.quizId, (attemptCounts.get(a.quizId) ?? 0) + 1)
  return {
    state: {
      completedLessonIds: new Set(done),
      passedQuizIds: new Set([...best].filter(([, b]) => b.passed).map(([id]) => id)),
    },
    best,
    attemptCounts,
    enrolled,
  }
}

export type CourseStanding = {
  enrolled: boolean
  progress: CourseProgress
  completedLessonIds: string[]
  passedQuizIds: string[]
  next: { lessonSlug: string } | { quizModuleSlug: string } | null
}

/** Where a learner stands in one course (for the course and lesson pages). */
export async function getCourseStanding(userId: string, course: CourseTree): Promise<CourseStanding> {
  const { state, enrolled } = await learnerState(userId, [course], course.id)
  const shape = shapeOf(course)
  const next = nextStep(shape, state)
  const lessons = course.modules.flatMap((m) => m.lessons)
  return {
    enrolled,
    progress: courseProgress(shape, state),
    completedLessonIds: lessons.filter((l) => state.completedLessonIds.has(l.id)).map((l) => l.id),
    passedQuizIds: [...state.passedQuizIds],
    next: !next
      ? null
      : 'lessonId' in next
        ? { lessonSlug: lessons.find((l) => l.id === next.lessonId)?.slug ?? '' }
        : { quizModuleSlug: course.modules.find((m) => m.id === next.quizModuleId)?.slug ?? '' },
  }
}

export type LearnerCourse = {
  slug: string
  title: string
  progress: CourseProgress
  next: CourseStanding['next']
  eligibleForCertificate: boolean
  lessonsLeft: { slug: string; title: string }[]
  quizzes: { moduleSlug: string; title: string; best: { percent: number; passed: boolean } | null; attempts: number; maxAttempts: number }[]
}

const overviewLimit = 50

/** "My learning": each course the learner is enrolled in, with progress, quiz results and what is left. */
export async function getLearnerOverview(userId: string, locale: Locale): Promise<{ courses: LearnerCourse[] }> {
  const enrollments = await prisma.enrollment.findMany({
    where: { userId, status: { in: ['active', 'completed'] }, course: { status: 'published' } },
    orderBy: { createdAt: 'desc' },
    take: overviewLimit,
    select: { course: { select: courseTreeSelect } },
  })
  const trees = enrollments.map((e) => toCourseTree(e.course, locale))
  const { state, best, attemptCounts } = await learnerState(userId, trees)
  return {
    courses: trees.map((course) => {
      const shape = shapeOf(course)
      const left = whatIsLeft(shape, state)
      const lessons = course.modules.flatMap((m) => m.lessons)
      const next = nextStep(shape, state)
      return {
        slug: course.slug,
        title: course.title,
        progress: courseProgress(shape, state),
        eligibleForCertificate: left.eligibleForCertificate,
        next: !next
          ? null
          : 'lessonId' in next
            ? { lessonSlug: lessons.find((l) => l.id === next.lessonId)?.slug ?? '' }
            : { quizModuleSlug: course.modules.find((m) => m.id === next.quizModuleId)?.slug ?? '' },
        lessonsLeft: lessons.filter((l) => left.lessonIds.includes(l.id)).map((l) => ({ slug: l.slug, title: l.title })),
        quizzes: course.modules.flatMap((m) =>
          m.quiz
            ? [{ moduleSlug: m.slug, title: m.quiz.title, best: best.get(m.quiz.id) ?? null, attempts: attemptCounts.get(m.quiz.id) ?? 0, maxAttempts: m.quiz.maxAttempts }]
            : [],
        ),
      }
    }),
  }
}
