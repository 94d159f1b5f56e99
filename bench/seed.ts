// Seeds a large, realistic data set for the benchmark: 10,000 learners, 200 cohorts (one
// of 500 learners), the three courses, 200,000 lesson completions and 50,000 quiz attempts
// with their answers. Runs against DATABASE_URL (a throw-away bench database). Content and
// the few special rows go through the app's own code; the bulk goes through the raw driver
// (bench/bulk-insert.ts) in one transaction per table, which takes seconds instead of minutes;
// the matrix's per-module figures are then counted from it in one statement.
import crypto from 'node:crypto'
import path from 'node:path'
import { env } from '#app/env.server.ts'
import { isPostgres, prisma } from '#app/db.server.ts'
import { importContentFromDir } from '#app/modules/content/index.server.ts'
import { hashPassword } from '#app/modules/auth/password.server.ts'
import { rebuildModuleProgress } from '#app/modules/progress/index.server.ts'
import { newCode } from '#app/modules/certificates/index.ts'
import { fieldName } from '#app/modules/quiz/index.ts'
import { openBulkWriter } from './bulk-insert.ts'

export const BENCH_PASSWORD = 'bench olive cedar river lantern'
const LEARNERS = 10_000
const COHORTS = 200
const BIG_COHORT = 500
const COMPLETIONS = 200_000
const ATTEMPTS = 50_000
/** learners with a session each, all in the big cohort's course: the quiz scenario's users */
export const BENCH_USERS = 50

function tokenPair() {
  const token = Array.from(crypto.randomBytes(20), (b) => 'abcdefghijklmnopqrstuvwxyz234567'[b & 31]).join('')
  return { token, id: crypto.createHash('sha256').update(token).digest('hex') }
}

export type BenchFixture = {
  learnerToken: string
  trainerToken: string
  courseSlug: string
  lessonSlug: string
  moduleSlug: string
  bigCohortId: string
  certificateCode: string
  /** one session token per bench learner (BENCH_USERS), each enrolled in courseSlug */
  learnerTokens: string[]
  /** a complete, valid answer to the first module's quiz: [field, value] pairs, without the key */
  quizAnswers: [string, string][]
}

export async function seedBench(root: string): Promise<BenchFixture> {
  const imported = await importContentFromDir(path.join(root, 'content'))
  if (!imported.ok) throw new Error(imported.problems.join('\n'))

  const courses = await prisma.course.findMany({
    select: {
      id: true,
      slug: true,
      modules: {
        orderBy: { position: 'asc' },
        select: {
          slug: true,
          lessons: { orderBy: { position: 'asc' }, select: { id: true, slug: true } },
          quiz: { select: { id: true, questions: { select: { id: true, points: true } } } },
        },
      },
    },
    orderBy: { sortOrder: 'asc' },
  })
  const passwordHash = await hashPassword(BENCH_PASSWORD)
  const now = Date.now()
  const stamp = new Date(now - 60 * 86400_000)
  const bulk = await openBulkWriter(env.DATABASE_URL)

  const trainers = Array.from({ length: 100 }, (_, i) => ({ id: `bench-t-${i}`, username: `bench-trainer-${i}`, displayName: `مدرّب ${i}`, role: 'trainer', preferredLocale: 'ar', passwordHash, createdAt: stamp, updatedAt: stamp }))
  const learners = Array.from({ length: LEARNERS }, (_, i) => ({
    id: `bench-l-${i}`,
    username: `bench-learner-${i}`,
    displayName: i % 2 ? `Learner ${i}` : `متعلّم ${i}`,
    role: 'learner',
    preferredLocale: i % 2 ? 'en' : 'ar',
    passwordHash,
    createdAt: stamp,
    updatedAt: stamp,
  }))
  await bulk.insert('User', [...trainers, ...learners])

  // cohort 0 is the big one (500 learners) of course 0; the rest share the others
  const cohorts = Array.from({ length: COHORTS }, (_, i) => {
    const course = courses[i % courses.length]
    if (!course) throw new Error('no courses imported')
    return {
      id: `bench-c-${i}`,
      courseId: course.id,
      nameAr: `المجموعة ${i}`,
      nameEn: `Cohort ${i}`,
      startsOn: new Date(now - 30 * 86400_000),
      endsOn: new Date(now + 30 * 86400_000),
      capacity: i === 0 ? BIG_COHORT : 100,
      inviteCode: `bench${i}`,
      createdAt: stamp,
      updatedAt: stamp,
    }
  })
  await bulk.insert('Cohort', cohorts)
  await bulk.insert('CohortTrainer', cohorts.map((c, i) => ({ cohortId: c.id, userId: `bench-t-${i % 100}` })))

  // every learner: one course in a cohort, plus a second open course
  const enrollments: { id: string; userId: string; courseId: string; cohortId: string | null; createdAt: Date; updatedAt: Date }[] = []
  learners.forEach((l, i) => {
    const cohortIndex = i < BIG_COHORT ? 0 : 1 + ((i - BIG_COHORT) % (COHORTS - 1))
    const cohort = cohorts[cohortIndex]
    if (!cohort) return
    enrollments.push({ id: `bench-e-${i}-a`, userId: l.id, courseId: cohort.courseId, cohortId: cohort.id, createdAt: stamp, updatedAt: stamp })
    const other = courses.find((c) => c.id !== cohort.courseId && c.slug !== 'advocacy-for-change')
    if (other) enrollments.push({ id: `bench-e-${i}-b`, userId: l.id, courseId: other.id, cohortId: null, createdAt: stamp, updatedAt: stamp })
  })
  await bulk.insert('Enrollment', enrollments)

  const lessonsOf = new Map(courses.map((c) => [c.id, c.modules.flatMap((m) => m.lessons.map((l) => l.id))]))
  const completions: { id: string; userId: string; lessonId: string; completedAt: Date }[] = []
  for (let i = 0; completions.length < COMPLETIONS && i < enrollments.length * 20; i++) {
    const e = enrollments[i % enrollments.length]
    const lessons = e ? lessonsOf.get(e.courseId) ?? [] : []
    const round = Math.floor(i / enrollments.length)
    const lessonId = lessons[round]
    if (e && lessonId) completions.push({ id: `bench-p-${i}`, userId: e.userId, lessonId, completedAt: new Date(now - (i % 40) * 86400_000) })
  }
  await bulk.insert('LessonProgress', completions)

  const quizzesOf = new Map(courses.map((c) => [c.id, c.modules.flatMap((m) => (m.quiz ? [m.quiz] : []))]))
  const attempts: { id: string; userId: string; quizId: string; submissionKey: string; score: number; maxScore: number; percent: number; passed: boolean; submittedAt: Date }[] = []
  const answers: { id: string; attemptId: string; questionId: string; response: string; correct: boolean; points: number }[] = []
  for (let i = 0; attempts.length < ATTEMPTS; i++) {
    const e = enrollments[i % enrollments.length]
    const quizzes = e ? quizzesOf.get(e.courseId) ?? [] : []
    const quiz = quizzes[Math.floor(i / enrollments.length) % Math.max(1, quizzes.length)]
    if (!e || !quiz) continue
    const maxScore = quiz.questions.reduce((s, q) => s + q.points, 0)
    const score = (i * 7) % (maxScore + 1)
    const percent = Math.round((100 * score) / Math.max(1, maxScore))
    const id = `bench-a-${i}`
    attempts.push({ id, userId: e.userId, quizId: quiz.id, submissionKey: id, score, maxScore, percent, passed: percent >= 70, submittedAt: new Date(now - (i % 30) * 86400_000) })
    quiz.questions.forEach((q, k) => answers.push({ id: `${id}-${k}`, attemptId: id, questionId: q.id, response: '{"text":"x"}', correct: k < score, points: k < score ? q.points : 0 }))
  }
  await bulk.insert('Attempt', attempts)
  await bulk.insert('Answer', answers)
  await bulk.close()
  // the bulk went around the code that keeps the matrix's figures: count them once (decision 015)
  await rebuildModuleProgress()
  // PostgreSQL's autovacuum would gather statistics on these tables within a minute
  if (isPostgres()) await prisma.$executeRawUnsafe('ANALYZE')

  const certificateCode = newCode()
  const firstCourse = courses[0]
  if (!firstCourse) throw new Error('no courses imported')
  await prisma.certificate.create({
    data: { code: certificateCode, userId: 'bench-l-1', courseId: firstCourse.id, nameArabic: 'ليلى الأحمد', nameLatin: 'Layla Al-Ahmad' },
  })

  const learnerSessions = Array.from({ length: BENCH_USERS }, () => tokenPair())
  const trainerSession = tokenPair()
  const expiresAt = new Date(now + 9 * 86400_000)
  await prisma.session.createMany({
    data: [...learnerSessions.map((s, i) => ({ id: s.id, userId: `bench-l-${i}`, expiresAt })), { id: trainerSession.id, userId: 'bench-t-0', expiresAt }],
  })
  // learners 0..499 are the big cohort, in the first course; its first quiz must never run out
  const firstModule = firstCourse.modules[0]
  const firstQuiz = firstModule?.quiz
  if (!firstQuiz) throw new Error('the first module has no quiz')
  await prisma.quiz.update({ where: { id: firstQuiz.id }, data: { maxAttempts: 0 }, select: { id: true } })
  const questions = await prisma.question.findMany({
    where: { quizId: firstQuiz.id, status: 'published' },
    select: { id: true, type: true, choices: { orderBy: { position: 'asc' }, select: { id: true, correct: true } } },
  })
  const quizAnswers = questions.map((q): [string, string] => {
    const field = fieldName(q.id)
    if (q.type === 'truefalse') return [field, 'true']
    if (q.type === 'short') return [field, 'bench']
    const choice = q.choices.find((c) => c.correct) ?? q.choices[0]
    return [field, choice?.id ?? '']
  })
  const learnerSession = learnerSessions[0]
  if (!learnerSession) throw new Error('no bench sessions')
  return {
    learnerTokens: learnerSessions.map((s) => s.token),
    quizAnswers,
    learnerToken: learnerSession.token,
    trainerToken: trainerSession.token,
    courseSlug: firstCourse.slug,
    moduleSlug: firstModule?.slug ?? '',
    lessonSlug: firstModule?.lessons[0]?.slug ?? '',
    bigCohortId: 'bench-c-0',
    certificateCode,
  }
}
