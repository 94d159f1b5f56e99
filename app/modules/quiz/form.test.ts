import { expect, test } from 'vitest'
import { fieldName, parseQuizForm, type FormQuestion } from './form.ts'

const questions: FormQuestion[] = [
  { id: 'q:1', type: 'single', choiceIds: ['q:1:a', 'q:1:b'] },
  { id: 'q:2', type: 'multiple', choiceIds: ['q:2:a', 'q:2:b', 'q:2:c'] },
  { id: 'q:3', type: 'truefalse', choiceIds: [] },
  { id: 'q:4', type: 'short', choiceIds: [] },
]
const key = 'k_1234567890abcdef'

function reader(fields: Record<string, string[]>) {
  return (name: string) => fields[name] ?? []
}

test('a complete form becomes responses', () => {
  const result = parseQuizForm(
    questions,
    reader({ submissionKey: [key], [fieldName('q:1')]: ['q:1:b'], [fieldName('q:2')]: ['q:2:a', 'q:2:c'], [fieldName('q:3')]: ['false'], [fieldName('q:4')]: ['  جنيف '] }),
  )
  expect(result.ok).toBe(true)
  if (!result.ok) return
  expect(result.submissionKey).toBe(key)
  expect([...result.responses]).toEqual([
    ['q:1', { choiceIds: ['q:1:b'] }],
    ['q:2', { choiceIds: ['q:2:a', 'q:2:c'] }],
    ['q:3', { value: false }],
    ['q:4', { text: 'جنيف' }],
  ])
})

test('each unanswered question gets its own translated message, and typed values come back', () => {
  const result = parseQuizForm(questions, reader({ submissionKey: [key], [fieldName('q:2')]: ['q:2:z'], [fieldName('q:4')]: ['   '] }))
  expect(result).toEqual({
    ok: false,
    submissionKey: key,
    errors: { 'q:1': 'quiz.errors.chooseOne', 'q:2': 'quiz.errors.chooseSome', 'q:3': 'quiz.errors.trueOrFalse', 'q:4': 'quiz.errors.typeAnswer' },
    values: { 'q:1': [], 'q:2': ['q:2:z'], 'q:3': [], 'q:4': ['   '] },
  })
})

test('a form without its one-time key is refused', () => {
  const result = parseQuizForm([], reader({ submissionKey: ['x'] }))
  expect(result).toMatchObject({ ok: false, errors: { submissionKey: 'quiz.errors.expired' } })
})
