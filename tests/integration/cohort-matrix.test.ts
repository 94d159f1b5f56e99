// A big cohort's matrix and quiz results come from a fixed number of queries.
import { beforeAll, expect, test, vi } from 'vitest'
vi.hoisted(() => {
  // with a threshold of 0 ms the client's slow-query log reports every SQL statement it sends,
  // which is exactly what we want to count
  process.env.LOG_SLOW_QUERIES_MS = '0'
})
import { prisma } from '#app/db.server.ts'
import { getCohortMatrix, getCohortQuizResults } from '#app/modules/cohorts/index.server.ts'
import { rebuildModuleProgress } from '#app/modules/progress/index.server.ts'
import { makeCohort, makeCourse } from './cohort-fixtures.ts'

let queries = 0
vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => {
  if (String(args[0]).startsWith('slow query')) queries++
})

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; count: number }> {
  const before = queries
  const result = await work()
  return { result, count: queries - before }
}

const LEARNERS = 500
let cohortId = ''

beforeAll(async () => {
  const courseId = await makeCourse('big-course', { modules: 4, lessonsPerModule: 5, questionsPerQuiz: 5 })
  const cohort = await makeCohort(courseId, { capacity: LEARNERS })
  cohortId = cohort.id
  const users = Array.from({ length: LEARNERS }, (_, i) => ({ id: `big-${i}`, username: `learner-${String(i).padStart(3, '0')}`, displayName: `Learner ${i}` }))
  await prisma.user.createMany({ data: users })
  await prisma.enrollment.createMany({ data: users.map((u) => ({ userId: u.id, courseId, cohortId })) })
  // learner i has done (i % 21) of the 20 lessons (capped) and tried quiz 1 once or twice
  const lessons = Array.from({ length: 4 }, (_, m) => Array.from({ length: 5 }, (_, l) => `${courseId}-m${m + 1}-l${l + 1}`)).flat()
  await prisma.lessonProgress.createMany({
    data: users.flatMap((u, i) => lessons.slice(0, i % 21).map((lessonId) => ({ userId: u.id, lessonId, completedAt: new Date('2026-03-10T00:00:00Z') }))),
  })
  const attempts = users.flatMap((u, i) => [
    { id: `a1-${i}`, userId: u.id, quizId: `${courseId}-m1-q`, submissionKey: `k1-${i}`, score: 2, maxScore: 5, percent: 40, passed: false, submittedAt: new Date('2026-03-05T00:00:00Z') },
    ...(i % 2 === 0 ? [{ id: `a2-${i}`, userId: u.id, quizId: `${courseId}-m1-q`, submissionKey: `k2-${i}`, score: 4, maxScore: 5, percent: 80, passed: true, submittedAt: new Date('2026-03-12T00:00:00Z') }] : []),
  ])
  await prisma.attempt.createMany({ data: attempts })
  // these bulk writes go around the code that records completions and attempts (as the bench's
  // seed does), so the matrix's per-module figures are counted once from them (decision 015)
  await rebuildModuleProgress('big-course')
  // question 1 always right; question 2 right only in second attempts
  await prisma.answer.createMany({
    data: attempts.flatMap((a) => [
      { attemptId: a.id, questionId: `${courseId}-m1-q:1`, response: 'true', correct: true, points: 1 },
      { attemptId: a.id, questionId: `${courseId}-m1-q:2`, response: 'true', correct: a.id.startsWith('a2'), points: a.id.startsWith('a2') ? 1 : 0 },
    ]),
  })
})

test('a 500-learner matrix is computed with a handful of queries, whatever the head-count', async () => {
  const matrix = () => countQueries(() => getCohortMatrix(cohortId, 'en', new Date('2026-03-20T00:00:00Z')))
  // the first time, this process also reads the course's tree (decision 013); then it reuses it
  const cold = await matrix()
  expect(cold.count).toBeGreaterThan(2) // the counter does see the queries
  expect(cold.count).toBeLessThanOrEqual(15)
  const { result, count } = await matrix()
  expect(result.rows).toHaveLength(LEARNERS)
  expect(count).toBeLessThanOrEqual(6)
  expect(result).toEqual(cold.result)
  const row = (username: string) => result.rows.find((r) => r.username === username)
  expect(row('learner-007')?.lessonsDone).toBe(7)
  expect(row('learner-020')?.lessonsDone).toBe(20)
  expect(row('learner-020')?.cells[0]).toEqual({ moduleId: 'big-course-m1', lessonsDone: 5, lessonsTotal: 5, bestScore: 80 })
  expect(row('learner-001')?.cells[0]?.bestScore).toBe(40)
  expect(row('learner-001')?.cells[1]?.bestScore).toBeNull()
  expect(row('learner-000')?.lastActivity).toEqual(new Date('2026-03-12T00:00:00Z'))
})

test('per-question results use each learner\'s latest attempt, in bounded queries', async () => {
  const { result, count } = await countQueries(() => getCohortQuizResults(cohortId, 'ar'))
  expect(count).toBeGreaterThan(2) // the counter does see the queries
  expect(count).toBeLessThanOrEqual(10)
  const quiz1 = result[0]!
  expect(quiz1.title).toBe('اختبار 1')
  expect(quiz1.learners).toBe(LEARNERS)
  expect(quiz1.passed).toBe(LEARNERS / 2)
  expect(quiz1.questions[0]).toMatchObject({ prompt: 'سؤال 1', answered: LEARNERS, correct: LEARNERS, share: 1 })
  expect(quiz1.questions[1]).toMatchObject({ answered: LEARNERS, correct: LEARNERS / 2, share: 0.5 })
  expect(result[1]?.learners).toBe(0)
})

test('removed learners drop out of the matrix, but their progress stays', async () => {
  await prisma.enrollment.update({ where: { userId_courseId: { userId: 'big-7', courseId: 'big-course' } }, data: { status: 'removed' } })
  const { rows } = await getCohortMatrix(cohortId, 'en')
  expect(rows).toHaveLength(LEARNERS - 1)
  expect(await prisma.lessonProgress.count({ where: { userId: 'big-7' } })).toBe(7)
})
