// Per-quiz results for a group: each learner's latest attempt counts once, and each
// question gets the share of those learners who answered it correctly.

export type AttemptRow = { id: string; userId: string; quizId: string; submittedAt: Date; passed: boolean }
export type AnswerCount = { questionId: string; correct: boolean; count: number }
export type QuestionInfo = { id: string; quizId: string; position: number; prompt: string }

/** The latest attempt of each learner at each quiz. */
export function latestAttempts(attempts: AttemptRow[]): AttemptRow[] {
  const latest = new Map<string, AttemptRow>()
  for (const a of attempts) {
    const key = `${a.userId} ${a.quizId}`
    const seen = latest.get(key)
    if (!seen || a.submittedAt.getTime() > seen.submittedAt.getTime()) latest.set(key, a)
  }
  return [...latest.values()]
}

export type QuestionShare = { questionId: string; position: number; prompt: string; answered: number; correct: number; share: number | null }
export type QuizSummary = { quizId: string; learners: number; passed: number; questions: QuestionShare[] }

export function summariseQuizzes(quizIds: string[], questions: QuestionInfo[], latest: AttemptRow[], counts: AnswerCount[]): QuizSummary[] {
  const tally = new Map<string, { answered: number; correct: number }>()
  for (const c of counts) {
    const t = tally.get(c.questionId) ?? { answered: 0, correct: 0 }
    t.answered += c.count
    if (c.correct) t.correct += c.count
    tally.set(c.questionId, t)
  }
  return quizIds.map((quizId) => {
    const mine = latest.filter((a) => a.quizId === quizId)
    return {
      quizId,
      learners: mine.length,
      passed: mine.filter((a) => a.passed).length,
      questions: questions
        .filter((q) => q.quizId === quizId)
        .sort((a, b) => a.position - b.position)
        .map((q) => {
          const t = tally.get(q.id) ?? { answered: 0, correct: 0 }
          return { questionId: q.id, position: q.position, prompt: q.prompt, ...t, share: t.answered === 0 ? null : t.correct / t.answered }
        }),
    }
  })
}
