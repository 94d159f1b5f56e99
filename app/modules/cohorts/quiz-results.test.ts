import { expect, test } from 'vitest'
import { latestAttempts, summariseQuizzes } from './quiz-results.ts'

const at = (d: number) => new Date(Date.UTC(2026, 2, d))

test('each learner counts once per quiz, with their latest attempt', () => {
  const latest = latestAttempts([
    { id: 'a1', userId: 'u1', quizId: 'q1', submittedAt: at(1), passed: false },
    { id: 'a2', userId: 'u1', quizId: 'q1', submittedAt: at(3), passed: true },
    { id: 'a3', userId: 'u2', quizId: 'q1', submittedAt: at(2), passed: false },
    { id: 'a4', userId: 'u1', quizId: 'q2', submittedAt: at(2), passed: true },
  ])
  expect(latest.map((a) => a.id).sort()).toEqual(['a2', 'a3', 'a4'])
})

test('each question shows the share of the group who got it right', () => {
  const latest = [
    { id: 'a2', userId: 'u1', quizId: 'q1', submittedAt: at(3), passed: true },
    { id: 'a3', userId: 'u2', quizId: 'q1', submittedAt: at(2), passed: false },
  ]
  const summary = summariseQuizzes(
    ['q1', 'q2'],
    [
      { id: 'q1:b', quizId: 'q1', position: 2, prompt: 'Second' },
      { id: 'q1:a', quizId: 'q1', position: 1, prompt: 'First' },
    ],
    latest,
    [
      { questionId: 'q1:a', correct: true, count: 2 },
      { questionId: 'q1:b', correct: true, count: 1 },
      { questionId: 'q1:b', correct: false, count: 1 },
    ],
  )
  expect(summary).toEqual([
    {
      quizId: 'q1',
      learners: 2,
      passed: 1,
      questions: [
        { questionId: 'q1:a', position: 1, prompt: 'First', answered: 2, correct: 2, share: 1 },
        { questionId: 'q1:b', position: 2, prompt: 'Second', answered: 2, correct: 1, share: 0.5 },
      ],
    },
    { quizId: 'q2', learners: 0, passed: 0, questions: [] },
  ])
})
