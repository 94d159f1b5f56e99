// Grading, as pure functions: the server grades; nothing here trusts the browser.
import { normaliseAnswer } from './normalise.ts'

export type GradableQuestion =
  | { id: string; type: 'single' | 'multiple'; points: number; correctChoiceIds: string[] }
  | { id: string; type: 'truefalse'; points: number; answer: boolean }
  | { id: string; type: 'short'; points: number; accepted: string[] }

/** What a learner sent for one question: chosen choice ids, true/false, or typed text. */
export type Response = { choiceIds: string[] } | { value: boolean } | { text: string } | null

export type QuestionResult = { questionId: string; correct: boolean; points: number; maxPoints: number }
export type QuizResult = { score: number; maxScore: number; percent: number; passed: boolean; questions: QuestionResult[] }

export function isCorrect(question: GradableQuestion, response: Response): boolean {
  if (!response) return false
  switch (question.type) {
    case 'single':
      return 'choiceIds' in response && response.choiceIds.length === 1 && question.correctChoiceIds.includes(response.choiceIds[0] ?? '')
    case 'multiple': {
      // all or nothing: every correct choice and no wrong one
      if (!('choiceIds' in response)) return false
      const chosen = new Set(response.choiceIds)
      return chosen.size === question.correctChoiceIds.length && question.correctChoiceIds.every((id) => chosen.has(id))
    }
    case 'truefalse':
      return 'value' in response && response.value === question.answer
    case 'short': {
      if (!('text' in response)) return false
      const given = normaliseAnswer(response.text)
      return given !== '' && question.accepted.some((a) => normaliseAnswer(a) === given)
    }
  }
}

export function gradeQuiz(questions: GradableQuestion[], responses: ReadonlyMap<string, Response>, passingScore: number): QuizResult {
  const results = questions.map((q) => {
    const correct = isCorrect(q, responses.get(q.id) ?? null)
    return { questionId: q.id, correct, points: correct ? q.points : 0, maxPoints: q.points }
  })
  const score = results.reduce((sum, r) => sum + r.points, 0)
  const maxScore = results.reduce((sum, r) => sum + r.maxPoints, 0)
  return {
    score,
    maxScore,
    // rounded down, so a learner never sees "70%" beside a fail at 70
    percent: maxScore === 0 ? 0 : Math.floor((score * 100) / maxScore),
    passed: maxScore > 0 && score * 100 >= passingScore * maxScore,
    questions: results,
  }
}

/** Attempts left, or null when the quiz allows unlimited attempts (maxAttempts 0). */
export function attemptsLeft(maxAttempts: number, used: number): number | null {
  return maxAttempts === 0 ? null : Math.max(0, maxAttempts - used)
}
