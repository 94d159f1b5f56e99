// Setup's demo: make the demo learner complete one course and issue their certificate.
import crypto from 'node:crypto'
import { prisma } from '#app/db.server.ts'
import { withModuleRecount } from '#app/modules/progress/index.server.ts'
import { issueCertificates, publicOrigin } from './service.server.ts'

export async function seedDemoCertificate(): Promise<{ code: string } | { skipped: string }> {
  const [learner, coordinator] = await Promise.all([
    prisma.user.findUnique({ where: { username: 'demo-learner' }, select: { id: true } }),
    prisma.user.findUnique({ where: { username: 'demo-coordinator' }, select: { id: true } }),
  ])
  if (!learner || !coordinator) return { skipped: 'no demo learner or coordinator' }
  const existing = await prisma.certificate.findFirst({ where: { userId: learner.id }, select: { code: true } })
  if (existing) return { code: existing.code }
  const course = await prisma.course.findFirst({
    where: { status: 'published', modules: { some: { status: 'published', lessons: { some: { status: 'published' } } } } },
    orderBy: { sortOrder: 'asc' },
    select: {
      id: true,
      modules: {
        where: { status: 'published' },
        select: {
          id: true,
          lessons: { where: { status: 'published' }, select: { id: true } },
          quiz: { select: { id: true, status: true, questions: { select: { points: true } } } },
        },
      },
    },
  })
  if (!course) return { skipped: 'no course imported yet' }
  const lessonIds = course.modules.flatMap((m) => m.lessons.map((l) => l.id))
  const quizzes = course.modules.flatMap((m) => (m.quiz && m.quiz.status === 'published' ? [m.quiz] : []))
  await withModuleRecount(learner.id, course.modules.map((m) => m.id), [
    prisma.enrollment.upsert({
      where: { userId_courseId: { userId: learner.id, courseId: course.id } },
      create: { userId: learner.id, courseId: course.id },
      update: {},
      select: { id: true },
    }),
    prisma.lessonProgress.deleteMany({ where: { userId: learner.id, lessonId: { in: lessonIds } } }),
    prisma.lessonProgress.createMany({ data: lessonIds.map((lessonId) => ({ userId: learner.id, lessonId })) }),
    prisma.attempt.createMany({
      data: quizzes.map((quiz) => {
        const maxScore = quiz.questions.reduce((sum, q) => sum + q.points, 0)
        return { userId: learner.id, quizId: quiz.id, submissionKey: crypto.randomUUID(), score: maxScore, maxScore, percent: 100, passed: true }
      }),
    }),
    prisma.certificateRequest.upsert({
      where: { userId_courseId: { userId: learner.id, courseId: course.id } },
      create: { userId: learner.id, courseId: course.id, nameArabic: 'ريم الحسن', nameLatin: 'Rim al-Hassan' },
      update: {},
      select: { id: true },
    }),
  ])
  const outcome = await issueCertificates({
    actorId: coordinator.id,
    courseId: course.id,
    candidates: [{ userId: learner.id, cohortId: null }],
    origin: publicOrigin(),
  })
  const issued = outcome.issued[0]
  return issued ? { code: issued.code } : { skipped: `not issued (${outcome.skipped[0]?.reason ?? 'unknown'})` }
}
