// The matrix and quiz results as CSV files (translated headers passed in by the route).
import { toCsv } from './csv.ts'
import type { MatrixModule, MatrixRow } from './matrix.ts'
import type { QuizSummary } from './quiz-results.ts'

export type MatrixCsvLabels = {
  username: string
  displayName: string
  lessons: (module: string) => string
  score: (module: string) => string
  total: string
  donePercent: string
  lastActivity: string
  behind: string
  inactive: string
  yes: string
  no: string
}

/** Dates as `YYYY-MM-DD HH:MM` (UTC), which every spreadsheet sorts correctly. */
function stamp(date: Date | null): string {
  return date ? date.toISOString().slice(0, 16).replace('T', ' ') : ''
}

export function matrixCsv(modules: MatrixModule[], rows: MatrixRow[], l: MatrixCsvLabels): string {
  const header = [
    l.username,
    l.displayName,
    ...modules.flatMap((m) => (m.quizId ? [l.lessons(m.title), l.score(m.title)] : [l.lessons(m.title)])),
    l.total,
    l.donePercent,
    l.lastActivity,
    l.behind,
    l.inactive,
  ]
  const body = rows.map((r) => [
    r.username,
    r.displayName,
    ...modules.flatMap((m, i) => {
      const cell = r.cells[i]
      const lessons = `${cell?.lessonsDone ?? 0}/${m.lessonIds.length}`
      return m.quizId ? [lessons, cell?.bestScore ?? ''] : [lessons]
    }),
    `${r.lessonsDone}/${r.lessonsTotal}`,
    r.donePercent,
    stamp(r.lastActivity),
    r.behind ? l.yes : l.no,
    r.inactive ? l.yes : l.no,
  ])
  return toCsv([header, ...body])
}

export type QuizCsvLabels = { quiz: string; question: string; prompt: string; answered: string; correct: string; share: string }

export function quizResultsCsv(quizzes: (QuizSummary & { title: string })[], l: QuizCsvLabels): string {
  const header = [l.quiz, l.question, l.prompt, l.answered, l.correct, l.share]
  const body = quizzes.flatMap((q) =>
    q.questions.map((question, i) => [q.title, i + 1, question.prompt, question.answered, question.correct, question.share === null ? '' : Math.round(question.share * 100)]),
  )
  return toCsv([header, ...body])
}
