// The matrix's per-module figures (ModuleProgress, decision 015) against what the learners
// really did: recorded through the app's own code they match a recount from scratch, at the
// same moment too, and a change of content is counted by the course's new shape.
import { beforeAll, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import { getCohortMatrix } from '#app/modules/cohorts/index.server.ts'
import { completeLesson, rebuildModuleProgress } from '#app/modules/progress/index.server.ts'
import { submitAttempt } from '#app/modules/quiz/index.server.ts'
import type { Response } from '#app/modules/quiz/index.ts'
import { makeCohort, makeCourse, makeUser } from './cohort-fixtures.ts'

const COURSE = 'summary-course'
const lesson = (m: number, l: number) => `${COURSE}-m${m}-l${l}`
const quiz = (m: number) => `${COURSE}-m${m}-q`
let cohortId = ''

/** A quiz of the fixture course answered with `right` of its four true/false questions right. */
function answers(m: number, right: number) {
  return new Map<string, Response>(Array.from({ length: 4 }, (_, q) => [`${quiz(m)}:${q + 1}`, { value: q < right }]))
}

async function enrolled() {
  const user = await makeUser()
  await prisma.enrollment.create({ data: { userId: user.id, courseId: COURSE, cohortId }, select: { id: true } })
  return user.id
}

/** The stored rows of some learners, in a stable order, as plain values. */
async function rows(userIds: string[]) {
  const found = await prisma.moduleProgress.findMany({
    where: { userId: { in: userIds } },
    orderBy: [{ userId: 'asc' }, { moduleId: 'asc' }],
    select: { userId: true, moduleId: true, lessonsDone: true, lastCompletedAt: true, bestPercent: true, lastSubmittedAt: true },
  })
  // a recount writes a row for a module with nothing done yet; a rebuild leaves it out
  return found.filter((r) => r.lessonsDone > 0 || r.lastSubmittedAt !== null)
}

beforeAll(async () => {
  await makeCourse(COURSE, { modules: 3, lessonsPerModule: 10, questionsPerQuiz: 4 })
  cohortId = (await makeCohort(COURSE, { capacity: 100, inviteCode: 'summaryjoin' })).id
})

test('completions and attempts are counted as they are recorded, exactly as a recount would', async () => {
  const a = await enrolled()
  const b = await enrolled()
  for (const l of [1, 2, 3]) expect(await completeLesson(a, COURSE, lesson(1, l))).toBe('completed')
  await completeLesson(a, COURSE, lesson(1, 2)) // twice: counted once
  await completeLesson(a, COURSE, lesson(2, 1))
  await completeLesson(b, COURSE, lesson(3, 4))
  expect((await submitAttempt({ userId: a, quizId: quiz(1), submissionKey: `sum-a1-${a}`, responses: answers(1, 1) })).status).toBe('created')
  expect((await submitAttempt({ userId: a, quizId: quiz(1), submissionKey: `sum-a2-${a}`, responses: answers(1, 4) })).status).toBe('created')
  expect((await submitAttempt({ userId: a, quizId: quiz(1), submissionKey: `sum-a3-${a}`, responses: answers(1, 2) })).status).toBe('created')
  expect((await submitAttempt({ userId: b, quizId: quiz(2), submissionKey: `sum-b1-${b}`, responses: answers(2, 3) })).status).toBe('created')

  const kept = await rows([a, b])
  const byModule = (userId: string, m: number) => kept.find((r) => r.userId === userId && r.moduleId === `${COURSE}-m${m}`)
  expect(byModule(a, 1)).toMatchObject({ lessonsDone: 3, bestPercent: 100 })
  expect(byModule(a, 2)).toMatchObject({ lessonsDone: 1, bestPercent: null, lastSubmittedAt: null })
  expect(byModule(b, 2)).toMatchObject({ lessonsDone: 0, bestPercent: 75 })
  expect(byModule(b, 3)).toMatchObject({ lessonsDone: 1 })

  await rebuildModuleProgress(COURSE)
  expect(await rows([a, b])).toEqual(kept)

  // and the trainer's matrix shows them
  const { rows: matrix } = await getCohortMatrix(cohortId, 'en')
  const row = matrix.find((r) => r.userId === a)
  expect(row?.cells.map((c) => [c.lessonsDone, c.bestScore])).toEqual([[3, 100], [1, null], [0, null]])
  expect(row?.lessonsDone).toBe(4)
})

test('ten lessons completed at the same moment are all counted', async () => {
  const a = await enrolled()
  const results = await Promise.all(Array.from({ length: 10 }, (_, l) => completeLesson(a, COURSE, lesson(2, l + 1))))
  expect(results.every((r) => r === 'completed')).toBe(true)
  const [row] = await rows([a])
  expect(row).toMatchObject({ moduleId: `${COURSE}-m2`, lessonsDone: 10 })
})

test('a recount follows the course as it is now: a retired lesson, a moved one, a replaced quiz', async () => {
  const a = await enrolled()
  for (const l of [1, 2, 3]) await completeLesson(a, COURSE, lesson(3, l))
  await submitAttempt({ userId: a, quizId: quiz(3), submissionKey: `sum-c1-${a}`, responses: answers(3, 4) })
  await prisma.lesson.update({ where: { id: lesson(3, 1) }, data: { status: 'retired' } })
  await prisma.lesson.update({ where: { id: lesson(3, 2) }, data: { moduleId: `${COURSE}-m1` } })
  await prisma.quiz.update({ where: { id: quiz(3) }, data: { status: 'retired' } })
  try {
    // the next completion recounts its module by the new shape: lessons 3 and 4 are what is left of it
    await completeLesson(a, COURSE, lesson(3, 4))
    expect((await rows([a])).map((r) => [r.moduleId, r.lessonsDone, r.bestPercent])).toEqual([[`${COURSE}-m3`, 2, null]])
    // a content import recounts the whole course (content-import.test.ts checks that it does)
    await rebuildModuleProgress(COURSE)
    expect((await rows([a])).map((r) => [r.moduleId, r.lessonsDone, r.bestPercent])).toEqual([
      [`${COURSE}-m1`, 1, null],
      [`${COURSE}-m3`, 2, null],
    ])
  } finally {
    await prisma.lesson.update({ where: { id: lesson(3, 1) }, data: { status: 'published' } })
    await prisma.lesson.update({ where: { id: lesson(3, 2) }, data: { moduleId: `${COURSE}-m3` } })
    await prisma.quiz.update({ where: { id: quiz(3) }, data: { status: 'published' } })
    await rebuildModuleProgress(COURSE)
  }
})
