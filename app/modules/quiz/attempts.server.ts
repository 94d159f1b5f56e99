// Quizzes as a learner takes them: questions without answers, attempts, and their review.
import crypto from 'node:crypto'
import { prisma } from '#app/db.server.ts'
import { Prisma } from '#app/generated/prisma/client.ts'
import type { Locale } from '#app/i18n/config.ts'
import { findCourse, isEnrolled, type CourseTree, type ModuleNode } from '#app/modules/catalog/index.server.ts'
import { withModuleRecount } from '#app/modules/progress/index.server.ts'
import type { FormQuestion } from './form.ts'
import { attemptsLeft, gradeQuiz, type GradableQuestion, type Response } from './grade.ts'

const questionSelect = {
  id: true,
  type: true,
  points: true,
  answerTrueFalse: true,
  translations: { select: { locale: true, prompt: true, explanation: true, accepted: true } },
  choices: { orderBy: { position: 'asc' }, select: { id: true, correct: true, textAr: true, textEn: true, explanationAr: true, explanationEn: true } },
} satisfies Prisma.QuestionSelect
type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof questionSelect }>

function isQuestionType(value: string): value is GradableQuestion['type'] {
  return value === 'single' || value === 'multiple' || value === 'truefalse' || value === 'short'
}

function parseList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}

function toGradable(q: QuestionRow): GradableQuestion | null {
  if (!isQuestionType(q.type)) return null
  if (q.type === 'single' || q.type === 'multiple') return { id: q.id, type: q.type, points: q.points, correctChoiceIds: q.choices.filter((c) => c.correct).map((c) => c.id) }
  if (q.type === 'truefalse') return { id: q.id, type: 'truefalse', points: q.points, answer: q.answerTrueFalse === true }
  // an answer typed in either language counts
  return { id: q.id, type: 'short', points: q.points, accepted: q.translations.flatMap((t) => parseList(t.accepted)) }
}

function localised(q: QuestionRow, locale: Locale) {
  const t = q.translations.find((x) => x.locale === locale) ?? q.translations[0]
  return { prompt: t?.prompt ?? '', explanation: t?.explanation ?? '', accepted: parseList(t?.accepted ?? '[]') }
}

export type QuizQuestion = { id: string; type: GradableQuestion['type']; points: number; prompt: string; choices: { id: string; text: string }[] }

export type QuizPage = {
  course: Pick<CourseTree, 'id' | 'slug' | 'title'>
  module: Pick<ModuleNode, 'id' | 'slug' | 'title'>
  quiz: { id: string; title: string; passingScore: number; maxAttempts: number; questions: QuizQuestion[] }
  enrolled: boolean
  attemptsUsed: number
  /** null when unlimited */
  attemptsLeft: number | null
  best: { percent: number; passed: boolean } | null
  /** a fresh one-time key for the form: a double submission carries the same key */
  submissionKey: string
}

async function findQuiz(courseSlug: string, moduleSlug: string, locale: Locale) {
  const found = await findCourse(courseSlug, locale)
  const module = found?.tree.modules.find((m) => m.slug === moduleSlug)
  if (!found || !module?.quiz) return null
  return { course: found.tree, stamp: found.stamp, module, quiz: module.quiz }
}

// A quiz's questions are content: they change only through the import, which rewrites the
// quiz row and the course row with them. Kept per process under a version read from one of
// those rows (the course's stamp, or the quiz's updatedAt), as the course trees are.
const questionCache = new Map<string, QuestionRow[]>()
const questionCacheLimit = 200

async function loadQuestions(quizId: string, version: string) {
  const key = `${quizId}@${version}`
  const known = questionCache.get(key)
  if (known) return known
  const rows = await prisma.question.findMany({ where: { quizId, status: 'published' }, orderBy: { position: 'asc' }, select: questionSelect })
  if (questionCache.size >= questionCacheLimit) questionCache.clear()
  questionCache.set(key, rows)
  return rows
}

export async function getQuizPage({ courseSlug, moduleSlug, userId, locale }: { courseSlug: string; moduleSlug: string; userId: string; locale: Locale }): Promise<QuizPage | null> {
  const found = await findQuiz(courseSlug, moduleSlug, locale)
  if (!found) return null
  const { course, module, quiz } = found
  const [enrolled, questions, attempts] = await Promise.all([
    isEnrolled(userId, course.id),
    loadQuestions(quiz.id, `course:${found.stamp}`),
    prisma.attempt.findMany({ where: { userId, quizId: quiz.id }, select: { percent: true, passed: true } }),
  ])
  const best = attempts.reduce<{ percent: number; passed: boolean } | null>(
    (b, a) => (!b || a.percent > b.percent ? { percent: a.percent, passed: a.passed || (b?.passed ?? false) } : { ...b, passed: b.passed || a.passed }),
    null,
  )
  return {
    course: { id: course.id, slug: course.slug, title: course.title },
    module: { id: module.id, slug: module.slug, title: module.title },
    quiz: {
      id: quiz.id,
      title: quiz.title,
      passingScore: quiz.passingScore,
      maxAttempts: quiz.maxAttempts,
      questions: questions.flatMap((q) =>
        isQuestionType(q.type)
          ? [{ id: q.id, type: q.type, points: q.points, prompt: localised(q, locale).prompt, choices: q.choices.map((c) => ({ id: c.id, text: locale === 'ar' ? c.textAr : c.textEn })) }]
          : [],
      ),
    },
    enrolled,
    attemptsUsed: attempts.length,
    attemptsLeft: attemptsLeft(quiz.maxAttempts, attempts.length),
    best,
    submissionKey: crypto.randomBytes(18).toString('base64url'),
  }
}

export function formQuestions(page: QuizPage): FormQuestion[] {
  return page.quiz.questions.map((q) => ({ id: q.id, type: q.type, choiceIds: q.choices.map((c) => c.id) }))
}

export type SubmitResult =
  | { status: 'created' | 'duplicate'; attemptId: string }
  | { status: 'no-attempts-left' | 'not-enrolled' | 'not-found' }

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002'
}

/**
 * Grades and stores one attempt. The form's one-time key makes a double submission land on the
 * attempt the first one created, whichever arrives first.
 */
export async function submitAttempt({ userId, quizId, submissionKey, responses }: { userId: string; quizId: string; submissionKey: string; responses: ReadonlyMap<string, Response> }): Promise<SubmitResult> {
  const existing = await prisma.attempt.findUnique({ where: { submissionKey }, select: { id: true, userId: true } })
  if (existing) return existing.userId === userId ? { status: 'duplicate', attemptId: existing.id } : { status: 'not-found' }

  const quiz = await prisma.quiz.findFirst({
    where: { id: quizId, status: 'published' },
    select: { id: true, moduleId: true, passingScore: true, maxAttempts: true, updatedAt: true, module: { select: { courseId: true } } },
  })
  if (!quiz) return { status: 'not-found' }
  const [enrolled, used, questions] = await Promise.all([
    isEnrolled(userId, quiz.module.courseId),
    prisma.attempt.count({ where: { userId, quizId } }),
    loadQuestions(quizId, `quiz:${quiz.updatedAt.getTime()}`),
  ])
  if (!enrolled) return { status: 'not-enrolled' }
  if (attemptsLeft(quiz.maxAttempts, used) === 0) return { status: 'no-attempts-left' }

  const gradable = questions.map(toGradable).filter((q): q is GradableQuestion => q !== null)
  const result = gradeQuiz(gradable, responses, quiz.passingScore)
  try {
    const [attempt] = await withModuleRecount(userId, [quiz.moduleId], [
      prisma.attempt.create({
        data: {
          userId,
          quizId,
          submissionKey,
          score: result.score,
          maxScore: result.maxScore,
          percent: result.percent,
          passed: result.passed,
          answers: {
            create: result.questions.map((r) => ({ questionId: r.questionId, correct: r.correct, points: r.points, response: JSON.stringify(responses.get(r.questionId) ?? null) })),
          },
        },
        select: { id: true },
      }),
    ])
    return { status: 'created', attemptId: attempt.id }
  } catch (error) {
    if (!isUniqueViolation(error)) throw error
    const first = await prisma.attempt.findUnique({ where: { submissionKey }, select: { id: true, userId: true } })
    if (first?.userId !== userId) throw error
    return { status: 'duplicate', attemptId: first.id }
  }
}

function readResponse(json: string): Response {
  try {
    const value: unknown = JSON.parse(json)
    if (value && typeof value === 'object') {
      if ('choiceIds' in value && Array.isArray(value.choiceIds)) return { choiceIds: value.choiceIds.filter((v): v is string => typeof v === 'string') }
      if ('value' in value && typeof value.value === 'boolean') return { value: value.value }
      if ('text' in value && typeof value.text === 'string') return { text: value.text }
    }
  } catch {
    // an unreadable answer is shown as no answer
  }
  return null
}

export type ReviewedQuestion = {
  id: string
  type: GradableQuestion['type']
  prompt: string
  explanation: string
  correct: boolean
  points: number
  maxPoints: number
  choices: { id: string; text: string; correct: boolean; chosen: boolean; explanation: string }[]
  trueFalse: { answer: boolean; given: boolean | null } | null
  short: { given: string; accepted: string[] } | null
}

export type AttemptReview = {
  id: string
  number: number
  score: number
  maxScore: number
  percent: number
  passed: boolean
  submittedAt: string
  questions: ReviewedQuestion[]
}

/** One of the learner's own attempts, with every question's explanation. Someone else's is not found. */
export async function getAttemptReview({ attemptId, userId, quizId, locale }: { attemptId: string; userId: string; quizId: string; locale: Locale }): Promise<AttemptReview | null> {
  const attempt = await prisma.attempt.findFirst({
    where: { id: attemptId, userId, quizId },
    select: {
      id: true,
      score: true,
      maxScore: true,
      percent: true,
      passed: true,
      submittedAt: true,
      answers: { select: { correct: true, points: true, response: true, question: { select: { ...questionSelect, position: true } } }, orderBy: { question: { position: 'asc' } } },
    },
  })
  if (!attempt) return null
  const number = await prisma.attempt.count({ where: { userId, quizId, submittedAt: { lte: attempt.submittedAt } } })
  return {
    id: attempt.id,
    number,
    score: attempt.score,
    maxScore: attempt.maxScore,
    percent: attempt.percent,
    passed: attempt.passed,
    submittedAt: attempt.submittedAt.toISOString(),
    questions: attempt.answers.flatMap((a) => {
      const q = a.question
      if (!isQuestionType(q.type)) return []
      const text = localised(q, locale)
      const response = readResponse(a.response)
      const chosen = new Set(response && 'choiceIds' in response ? response.choiceIds : [])
      return [
        {
          id: q.id,
          type: q.type,
          prompt: text.prompt,
          explanation: text.explanation,
          correct: a.correct,
          points: a.points,
          maxPoints: q.points,
          choices: q.choices.map((c) => ({
            id: c.id,
            text: locale === 'ar' ? c.textAr : c.textEn,
            correct: c.correct,
            chosen: chosen.has(c.id),
            explanation: locale === 'ar' ? c.explanationAr : c.explanationEn,
          })),
          trueFalse: q.type === 'truefalse' ? { answer: q.answerTrueFalse === true, given: response && 'value' in response ? response.value : null } : null,
          short: q.type === 'short' ? { given: response && 'text' in response ? response.text : '', accepted: text.accepted } : null,
        },
      ]
    }),
  }
}
