import { describe, expect, test } from 'vitest'
import { attemptsLeft, gradeQuiz, isCorrect, type GradableQuestion } from './grade.ts'
import { normaliseAnswer } from './normalise.ts'

const single: GradableQuestion = { id: 's', type: 'single', points: 1, correctChoiceIds: ['s:a'] }
const multiple: GradableQuestion = { id: 'm', type: 'multiple', points: 2, correctChoiceIds: ['m:a', 'm:c'] }
const truefalse: GradableQuestion = { id: 't', type: 'truefalse', points: 1, answer: false }
const short: GradableQuestion = { id: 'x', type: 'short', points: 1, accepted: ['جنيف', 'Geneva', 'الأمم المتحدة'] }

describe('single choice', () => {
  test('the one correct choice scores', () => {
    expect(isCorrect(single, { choiceIds: ['s:a'] })).toBe(true)
    expect(isCorrect(single, { choiceIds: ['s:b'] })).toBe(false)
  })
  test('no answer, or two answers, is wrong', () => {
    expect(isCorrect(single, null)).toBe(false)
    expect(isCorrect(single, { choiceIds: [] })).toBe(false)
    expect(isCorrect(single, { choiceIds: ['s:a', 's:b'] })).toBe(false)
  })
})

describe('multiple choice', () => {
  test('every correct choice and nothing else', () => {
    expect(isCorrect(multiple, { choiceIds: ['m:c', 'm:a'] })).toBe(true)
  })
  test('a missing or an extra choice is wrong', () => {
    expect(isCorrect(multiple, { choiceIds: ['m:a'] })).toBe(false)
    expect(isCorrect(multiple, { choiceIds: ['m:a', 'm:b', 'm:c'] })).toBe(false)
    expect(isCorrect(multiple, { choiceIds: ['m:a', 'm:a'] })).toBe(false)
  })
})

describe('true or false', () => {
  test('matches the answer', () => {
    expect(isCorrect(truefalse, { value: false })).toBe(true)
    expect(isCorrect(truefalse, { value: true })).toBe(false)
    expect(isCorrect(truefalse, { text: 'false' })).toBe(false)
  })
})

describe('short text', () => {
  test('case, spaces and punctuation do not matter', () => {
    expect(isCorrect(short, { text: '  GENEVA. ' })).toBe(true)
    expect(isCorrect(short, { text: 'geneva' })).toBe(true)
    expect(normaliseAnswer('Genève')).toBe('geneve')
    expect(isCorrect(short, { text: 'New York' })).toBe(false)
    expect(isCorrect(short, { text: '' })).toBe(false)
  })
  test('Arabic diacritics and tatweel are ignored', () => {
    expect(isCorrect(short, { text: 'جِنِيف' })).toBe(true)
    expect(isCorrect(short, { text: 'جنـــيف' })).toBe(true)
  })
  test('hamza forms of alif, alif maqsura and ta marbuta are treated alike', () => {
    expect(isCorrect(short, { text: 'الامم المتحده' })).toBe(true)
    expect(isCorrect(short, { text: 'الإمم   المتّحدة' })).toBe(true)
    expect(normaliseAnswer('مستشفى')).toBe(normaliseAnswer('مستشفي'))
    expect(normaliseAnswer('آمنة')).toBe('امنه')
    expect(normaliseAnswer('٤٧ دولة')).toBe('47 دوله')
  })
  test('a different word is still wrong', () => {
    expect(isCorrect(short, { text: 'نيويورك' })).toBe(false)
  })
})

describe('a whole quiz', () => {
  const questions = [single, multiple, truefalse, short]
  test('scores points, percent and pass against the passing score', () => {
    const result = gradeQuiz(
      questions,
      new Map([
        ['s', { choiceIds: ['s:a'] }],
        ['m', { choiceIds: ['m:a', 'm:c'] }],
        ['t', { value: true }],
      ]),
      70,
    )
    expect(result).toMatchObject({ score: 3, maxScore: 5, percent: 60, passed: false })
    expect(result.questions.map((q) => [q.questionId, q.correct, q.points])).toEqual([
      ['s', true, 1],
      ['m', true, 2],
      ['t', false, 0],
      ['x', false, 0],
    ])
  })
  test('exactly the passing score passes; the percent is never rounded up into a pass', () => {
    const ten = Array.from({ length: 10 }, (_, i): GradableQuestion => ({ id: `q${i}`, type: 'truefalse', points: 1, answer: true }))
    const answers = (n: number) => new Map(ten.slice(0, n).map((q) => [q.id, { value: true }]))
    expect(gradeQuiz(ten, answers(7), 70)).toMatchObject({ percent: 70, passed: true })
    expect(gradeQuiz(ten, answers(6), 70)).toMatchObject({ percent: 60, passed: false })
    const three = ten.slice(0, 3)
    expect(gradeQuiz(three, answers(2), 67)).toMatchObject({ percent: 66, passed: false })
  })
  test('attempts left; 0 means unlimited', () => {
    expect(attemptsLeft(3, 1)).toBe(2)
    expect(attemptsLeft(3, 5)).toBe(0)
    expect(attemptsLeft(0, 9)).toBeNull()
  })
})
