import { describe, expect, test } from 'vitest'
import { checkEligibility, skipReason, type CourseOutline } from './eligibility.ts'

const outline: CourseOutline = {
  modules: [
    { id: 'm1', lessons: [{ id: 'l1' }, { id: 'l2' }], quiz: { id: 'q1' } },
    { id: 'm2', lessons: [{ id: 'l3' }], quiz: null },
    { id: 'm3', lessons: [], quiz: { id: 'q3' } },
  ],
}

const record = (lessons: string[], quizzes: string[]) => ({
  completedLessonIds: new Set(lessons),
  passedQuizIds: new Set(quizzes),
})

describe('certificate eligibility', () => {
  test('all lessons complete and every module quiz passed', () => {
    const result = checkEligibility(outline, record(['l1', 'l2', 'l3'], ['q1', 'q3']))
    expect(result).toMatchObject({ eligible: true, missingLessonIds: [], missingQuizIds: [], lessonsDone: 3, quizzesPassed: 2 })
  })
  test('lists the lessons and quizzes still missing', () => {
    const result = checkEligibility(outline, record(['l1'], ['q3']))
    expect(result.eligible).toBe(false)
    expect(result.missingLessonIds).toEqual(['l2', 'l3'])
    expect(result.missingQuizIds).toEqual(['q1'])
    expect(result).toMatchObject({ lessonsDone: 1, lessonsTotal: 3, quizzesPassed: 1, quizzesTotal: 2 })
  })
  test('a passed quiz does not stand in for unread lessons, nor lessons for a quiz', () => {
    expect(checkEligibility(outline, record([], ['q1', 'q3'])).eligible).toBe(false)
    expect(checkEligibility(outline, record(['l1', 'l2', 'l3'], ['q1'])).eligible).toBe(false)
  })
  test('progress on lessons from elsewhere counts for nothing', () => {
    expect(checkEligibility(outline, record(['x', 'y', 'z'], ['q1', 'q3'])).missingLessonIds).toEqual(['l1', 'l2', 'l3'])
  })
  test('a course without lessons or quizzes certifies nothing', () => {
    expect(checkEligibility({ modules: [] }, record([], [])).eligible).toBe(false)
  })
  test('skip reasons: already issued, then not eligible, then no name chosen', () => {
    const yes = checkEligibility(outline, record(['l1', 'l2', 'l3'], ['q1', 'q3']))
    const no = checkEligibility(outline, record([], []))
    expect(skipReason({ eligibility: yes, hasRequestedName: true, alreadyIssued: true })).toBe('already-issued')
    expect(skipReason({ eligibility: no, hasRequestedName: true, alreadyIssued: false })).toBe('not-eligible')
    expect(skipReason({ eligibility: yes, hasRequestedName: false, alreadyIssued: false })).toBe('no-name')
    expect(skipReason({ eligibility: yes, hasRequestedName: true, alreadyIssued: false })).toBeNull()
  })
})
