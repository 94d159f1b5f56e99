import { describe, expect, test } from 'vitest'
import { bestScores, courseProgress, moduleStatus, nextStep, whatIsLeft, type CourseShape } from './rules.ts'

const course: CourseShape = {
  modules: [
    { id: 'm1', lessonIds: ['l1', 'l2', 'l3'], quizId: 'q1' },
    { id: 'm2', lessonIds: ['l4', 'l5'], quizId: 'q2' },
    { id: 'm3', lessonIds: ['l6'], quizId: null },
  ],
}
const state = (lessons: string[], quizzes: string[] = []) => ({ completedLessonIds: new Set(lessons), passedQuizIds: new Set(quizzes) })

describe('module completion', () => {
  test('needs every lesson and a passed quiz', () => {
    expect(moduleStatus(course.modules[0]!, state(['l1', 'l2', 'l3']))).toMatchObject({ lessonsDone: 3, quizPassed: false, complete: false })
    expect(moduleStatus(course.modules[0]!, state(['l1', 'l2', 'l3'], ['q1'])).complete).toBe(true)
    expect(moduleStatus(course.modules[0]!, state(['l1', 'l2'], ['q1'])).complete).toBe(false)
  })
  test('a module without a quiz is complete when its lessons are', () => {
    expect(moduleStatus(course.modules[2]!, state(['l6']))).toMatchObject({ quizPassed: null, complete: true })
  })
})

describe('course progress', () => {
  test('counts lessons and quizzes', () => {
    expect(courseProgress(course, state(['l1', 'l2', 'l3', 'l4'], ['q1']))).toEqual({
      lessonsDone: 4,
      lessonsTotal: 6,
      quizzesPassed: 1,
      quizzesTotal: 2,
      percent: 62,
      complete: false,
    })
  })
  test('progress on a retired lesson (no longer in the course) does not count', () => {
    expect(courseProgress(course, state(['old-lesson'])).lessonsDone).toBe(0)
  })
  test('nothing done is 0%, everything done is 100% and complete', () => {
    expect(courseProgress(course, state([])).percent).toBe(0)
    const all = courseProgress(course, state(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'], ['q1', 'q2']))
    expect(all).toMatchObject({ percent: 100, complete: true })
  })
})

describe('what is left for a certificate', () => {
  test('lists unfinished lessons and unpassed quizzes', () => {
    expect(whatIsLeft(course, state(['l1', 'l2', 'l3', 'l4', 'l6'], ['q1']))).toEqual({ lessonIds: ['l5'], quizIds: ['q2'], eligibleForCertificate: false })
  })
  test('all lessons without the quizzes is not enough', () => {
    expect(whatIsLeft(course, state(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'])).eligibleForCertificate).toBe(false)
  })
  test('everything done makes the learner eligible', () => {
    expect(whatIsLeft(course, state(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'], ['q1', 'q2']))).toEqual({ lessonIds: [], quizIds: [], eligibleForCertificate: true })
  })
  test('an empty course never makes anyone eligible', () => {
    expect(whatIsLeft({ modules: [] }, state([])).eligibleForCertificate).toBe(false)
  })
})

test('continue leads to the first unfinished lesson, then to the quiz', () => {
  expect(nextStep(course, state([]))).toEqual({ lessonId: 'l1' })
  expect(nextStep(course, state(['l1', 'l2', 'l3']))).toEqual({ quizModuleId: 'm1' })
  expect(nextStep(course, state(['l1', 'l2', 'l3'], ['q1']))).toEqual({ lessonId: 'l4' })
  expect(nextStep(course, state(['l1', 'l2', 'l3', 'l4', 'l5', 'l6'], ['q1', 'q2']))).toBeNull()
})

test('best score per quiz; a pass is never forgotten', () => {
  const best = bestScores([
    { quizId: 'q1', percent: 40, passed: false },
    { quizId: 'q1', percent: 80, passed: true },
    { quizId: 'q1', percent: 60, passed: false },
    { quizId: 'q2', percent: 20, passed: false },
  ])
  expect(best.get('q1')).toEqual({ percent: 80, passed: true })
  expect(best.get('q2')).toEqual({ percent: 20, passed: false })
})
