// Enrolment, lesson completion, quiz attempts and "my learning" against a real database.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import { enrolInOpenCourse, getLessonPage, listCourses } from '#app/modules/catalog/index.server.ts'
import { importContentFromDir } from '#app/modules/content/index.server.ts'
import { completeLesson, getLearnerOverview } from '#app/modules/progress/index.server.ts'
import { getAttemptReview, getQuizPage, submitAttempt } from '#app/modules/quiz/index.server.ts'
import type { Response } from '#app/modules/quiz/index.ts'

const fixture = path.resolve(import.meta.dirname, '../fixtures/content/valid')
const quizId = 'demo-first-quiz'
const q = (id: string) => `${quizId}:${id}`

const allRight = new Map<string, Response>([
  [q('q1'), { choiceIds: [`${q('q1')}:a`] }],
  [q('q2'), { choiceIds: [`${q('q2')}:a`, `${q('q2')}:c`] }],
  [q('q3'), { value: true }],
  [q('q4'), { text: 'جِنيف' }],
  [q('q5'), { value: false }],
])
const allWrong = new Map<string, Response>([
  [q('q1'), { choiceIds: [`${q('q1')}:b`] }],
  [q('q2'), { choiceIds: [`${q('q2')}:a`] }],
  [q('q3'), { value: false }],
  [q('q4'), { text: 'Paris' }],
  [q('q5'), { value: true }],
])

let n = 0
async function learner() {
  n += 1
  return (await prisma.user.create({ data: { username: `learning-${n}`, displayName: 'L' }, select: { id: true } })).id
}
const key = () => `key_${crypto.randomUUID().replace(/-/g, '')}`

beforeAll(async () => {
  const result = await importContentFromDir(fixture)
  expect(result.ok).toBe(true)
  // a second, invite-only course
  await prisma.course.create({ data: { id: 'closed', slug: 'closed', topic: 'advocacy', enrolment: 'cohort' }, select: { id: true } })
})

describe('enrolment', () => {
  test('an open course enrols once; an invite-only course refuses', async () => {
    const id = await learner()
    expect(await enrolInOpenCourse(id, 'demo-course')).toBe('enrolled')
    expect(await enrolInOpenCourse(id, 'demo-course')).toBe('already-enrolled')
    expect(await prisma.enrollment.count({ where: { userId: id } })).toBe(1)
    expect(await enrolInOpenCourse(id, 'closed')).toBe('cohort-only')
    expect(await enrolInOpenCourse(id, 'no-such-course')).toBe('not-found')
  })

  test('the catalogue lists published courses with their length and languages, filtered by topic', async () => {
    const media = await listCourses({ locale: 'en', topic: 'media' })
    expect(media.courses.map((c) => [c.slug, c.minutes, c.lessonCount, c.languages])).toEqual([['demo-course', 15, 3, ['ar', 'en']]])
    expect((await listCourses({ locale: 'en', topic: 'un-mechanisms' })).courses).toEqual([])
  })
})

describe('lessons', () => {
  test('only an enrolled learner can mark a lesson complete, and twice is still once', async () => {
    const id = await learner()
    expect(await completeLesson(id, 'demo-course', 'one')).toBe('not-enrolled')
    await enrolInOpenCourse(id, 'demo-course')
    expect(await completeLesson(id, 'demo-course', 'one')).toBe('completed')
    expect(await completeLesson(id, 'demo-course', 'one')).toBe('completed')
    expect(await prisma.lessonProgress.count({ where: { userId: id } })).toBe(1)
    expect(await completeLesson(id, 'demo-course', 'nope')).toBe('not-found')
  })

  test('a lesson page has previous and next, and leads to the quiz after the last lesson', async () => {
    const middle = await getLessonPage('demo-course', 'two', 'ar')
    expect(middle?.lesson.title).toBe('الدرس two')
    expect([middle?.previous?.slug, middle?.next?.slug, middle?.quizAfter]).toEqual(['one', 'three', false])
    const last = await getLessonPage('demo-course', 'three', 'en')
    expect([last?.next, last?.quizAfter, last?.position, last?.lessonCount]).toEqual([null, true, 3, 3])
  })
})

describe('quiz attempts', () => {
  test('an attempt is graded on the server and reviewed with explanations', async () => {
    const id = await learner()
    await enrolInOpenCourse(id, 'demo-course')
    const failed = await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allWrong })
    expect(failed.status).toBe('created')
    if (failed.status !== 'created') return
    const review = await getAttemptReview({ attemptId: failed.attemptId, userId: id, quizId, locale: 'en' })
    expect(review).toMatchObject({ number: 1, score: 0, maxScore: 6, percent: 0, passed: false })
    const multiple = review?.questions.find((x) => x.id === q('q2'))
    expect(multiple?.choices.map((c) => [c.text, c.chosen, c.correct])).toEqual([
      ['a', true, true],
      ['b', false, false],
      ['c', false, true],
    ])
    expect(review?.questions.every((x) => x.explanation.length > 0)).toBe(true)
    // someone else cannot read it
    expect(await getAttemptReview({ attemptId: failed.attemptId, userId: await learner(), quizId, locale: 'en' })).toBeNull()

    const passed = await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allRight })
    if (passed.status !== 'created') throw new Error(passed.status)
    expect(await getAttemptReview({ attemptId: passed.attemptId, userId: id, quizId, locale: 'ar' })).toMatchObject({ number: 2, score: 6, percent: 100, passed: true })
  })

  test('a double-submitted form creates one attempt, even when both arrive at once', async () => {
    const id = await learner()
    await enrolInOpenCourse(id, 'demo-course')
    const once = key()
    const [a, b] = await Promise.all([
      submitAttempt({ userId: id, quizId, submissionKey: once, responses: allRight }),
      submitAttempt({ userId: id, quizId, submissionKey: once, responses: allRight }),
    ])
    const again = await submitAttempt({ userId: id, quizId, submissionKey: once, responses: allWrong })
    expect([a.status, b.status].sort()).toEqual(['created', 'duplicate'])
    expect(again.status).toBe('duplicate')
    const ids = [a, b, again].map((r) => ('attemptId' in r ? r.attemptId : null))
    expect(new Set(ids).size).toBe(1)
    expect(await prisma.attempt.count({ where: { userId: id } })).toBe(1)
  })

  test('after the maximum attempts the learner is told there are none left', async () => {
    const id = await learner()
    await enrolInOpenCourse(id, 'demo-course')
    for (let i = 0; i < 2; i++) expect((await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allWrong })).status).toBe('created')
    expect((await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allRight })).status).toBe('no-attempts-left')
    const page = await getQuizPage({ courseSlug: 'demo-course', moduleSlug: 'first-steps', userId: id, locale: 'en' })
    expect([page?.attemptsUsed, page?.attemptsLeft, page?.best]).toEqual([2, 0, { percent: 0, passed: false }])
  })

  test('someone not enrolled cannot take the quiz', async () => {
    const id = await learner()
    expect((await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allRight })).status).toBe('not-enrolled')
    expect((await getQuizPage({ courseSlug: 'demo-course', moduleSlug: 'first-steps', userId: id, locale: 'en' }))?.enrolled).toBe(false)
  })
})

test('my learning shows progress, best scores and what is left for a certificate', async () => {
  const id = await learner()
  await enrolInOpenCourse(id, 'demo-course')
  await completeLesson(id, 'demo-course', 'one')
  await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allWrong })

  const [course] = (await getLearnerOverview(id, 'en')).courses
  expect(course).toMatchObject({
    slug: 'demo-course',
    title: 'Demo course',
    progress: { lessonsDone: 1, lessonsTotal: 3, quizzesPassed: 0, quizzesTotal: 1 },
    eligibleForCertificate: false,
    next: { lessonSlug: 'two' },
    lessonsLeft: [
      { slug: 'two', title: 'Lesson two' },
      { slug: 'three', title: 'Lesson three' },
    ],
    quizzes: [{ moduleSlug: 'first-steps', best: { percent: 0, passed: false }, attempts: 1, maxAttempts: 2 }],
  })

  await completeLesson(id, 'demo-course', 'two')
  await completeLesson(id, 'demo-course', 'three')
  await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allRight })
  const [done] = (await getLearnerOverview(id, 'ar')).courses
  expect(done).toMatchObject({ title: 'دورة تجريبية', progress: { percent: 100, complete: true }, eligibleForCertificate: true, next: null, lessonsLeft: [] })
})

test('after a re-import, questions read earlier give way to the new ones at once', async () => {
  const id = await learner()
  await enrolInOpenCourse(id, 'demo-course')
  const pageOf = () => getQuizPage({ courseSlug: 'demo-course', moduleSlug: 'first-steps', userId: id, locale: 'en' })
  // read (and keep) the questions through both paths: the page and a graded attempt
  expect((await pageOf())?.quiz.questions.find((x) => x.id === q('q3'))?.prompt).toBe('Water is wet')
  expect((await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allRight })).status).toBe('created')

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-requiz-'))
  try {
    fs.cpSync(fixture, dir, { recursive: true })
    const file = path.join(dir, 'courses/demo-course/modules/01-first-steps/quiz.yaml')
    const yaml = fs.readFileSync(file, 'utf8')
    fs.writeFileSync(file, yaml.replace('    answer: true\n    prompt: { ar: الماء رطب, en: Water is wet }', '    answer: false\n    prompt: { ar: الماء جاف, en: Water is dry }'))
    expect((await importContentFromDir(dir)).ok).toBe(true)

    expect((await pageOf())?.quiz.questions.find((x) => x.id === q('q3'))?.prompt).toBe('Water is dry')
    // "true" was right before the import and is wrong after it
    const after = await submitAttempt({ userId: id, quizId, submissionKey: key(), responses: allRight })
    if (after.status !== 'created') throw new Error(after.status)
    const review = await getAttemptReview({ attemptId: after.attemptId, userId: id, quizId, locale: 'en' })
    expect(review?.questions.find((x) => x.id === q('q3'))?.correct).toBe(false)
    expect(review?.score).toBe(5)
  } finally {
    await importContentFromDir(fixture)
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
