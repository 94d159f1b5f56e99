// Zod schemas for the course files in content/ (format: docs/content-format.md).
// Messages are for the people who write content, so they are plain English sentences.
import { z } from 'zod'

export const topics = ['un-mechanisms', 'advocacy', 'media'] as const
export type Topic = (typeof topics)[number]

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

export const contentId = z
  .string({ required_error: 'id is required', invalid_type_error: 'id must be text' })
  .regex(idPattern, 'must be lowercase ASCII letters, digits and "-"')

function text(what: string) {
  return z
    .string({ required_error: `missing ${what}`, invalid_type_error: 'must be text' })
    .trim()
    .min(1, `${what} must not be empty`)
}

/** A text in both languages; a missing language is reported as a missing translation. */
export const bilingual = z
  .object(
    { ar: text('Arabic translation'), en: text('English translation') },
    { required_error: 'is required (with ar and en)', invalid_type_error: 'must have an ar and an en text' },
  )
  .strict()

const positiveInt = (what: string) =>
  z.number({ required_error: `${what} is required`, invalid_type_error: 'must be a number' }).int('must be a whole number')

export const courseSchema = z
  .object({
    id: contentId,
    topic: z.enum(topics, { errorMap: () => ({ message: `must be one of: ${topics.join(', ')}` }) }),
    enrolment: z.enum(['open', 'cohort'], { errorMap: () => ({ message: 'must be open or cohort' }) }),
    order: positiveInt('order').min(0, 'must not be negative'),
    title: bilingual,
    summary: bilingual,
    audience: bilingual,
    outcomes: z.array(bilingual, { required_error: 'outcomes are required' }).min(1, 'list at least one outcome'),
  })
  .strict()
export type CourseFile = z.infer<typeof courseSchema>

export const moduleSchema = z
  .object({ id: contentId, title: bilingual, summary: bilingual })
  .strict()
export type ModuleFile = z.infer<typeof moduleSchema>

export const lessonFrontMatterSchema = z
  .object({
    id: contentId,
    title: text('title'),
    minutes: positiveInt('minutes').min(1, 'must be at least 1').max(240, 'must be at most 240'),
  })
  .strict()
export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>

const choiceSchema = z
  .object({
    id: contentId,
    correct: z.boolean({ required_error: 'correct (true or false) is required', invalid_type_error: 'must be true or false' }),
    text: bilingual,
    explanation: bilingual,
  })
  .strict()

const questionBase = {
  id: contentId,
  points: positiveInt('points').min(1, 'must be at least 1').default(1),
  prompt: bilingual,
  explanation: bilingual,
}

const choices = z.array(choiceSchema, { required_error: 'choices are required' }).min(2, 'give 2 to 6 choices').max(6, 'give 2 to 6 choices')

const acceptedList = (what: string) =>
  z.array(text(`accepted ${what} answer`), { required_error: `missing accepted ${what} answers` }).min(1, `list at least one accepted ${what} answer`)

export const questionSchema = z.discriminatedUnion(
  'type',
  [
    z.object({ ...questionBase, type: z.literal('single'), choices }).strict(),
    z.object({ ...questionBase, type: z.literal('multiple'), choices }).strict(),
    z
      .object({
        ...questionBase,
        type: z.literal('truefalse'),
        answer: z.boolean({ required_error: 'answer (true or false) is required', invalid_type_error: 'must be true or false' }),
      })
      .strict(),
    z
      .object({
        ...questionBase,
        type: z.literal('short'),
        accepted: z.object({ ar: acceptedList('Arabic'), en: acceptedList('English') }, { required_error: 'accepted answers are required' }).strict(),
      })
      .strict(),
  ],
  { errorMap: (issue, ctx) => (issue.code === 'invalid_union_discriminator' ? { message: 'must be one of: single, multiple, truefalse, short' } : { message: ctx.defaultError }) },
)
export type QuestionFile = z.infer<typeof questionSchema>

// checked per question, so that one broken question does not hide another's problems
const checkedQuestion = questionSchema.superRefine((q, ctx) => {
  if (q.type !== 'single' && q.type !== 'multiple') return
  const ids = new Set<string>()
  q.choices.forEach((c, ci) => {
    if (ids.has(c.id)) ctx.addIssue({ code: 'custom', path: ['choices', ci, 'id'], message: `choice id "${c.id}" is used twice in this question` })
    ids.add(c.id)
  })
  const correct = q.choices.filter((c) => c.correct).length
  if (q.type === 'single' && correct !== 1)
    ctx.addIssue({ code: 'custom', path: ['choices'], message: `a single-choice question needs exactly one correct choice (found ${correct})` })
  if (q.type === 'multiple' && correct < 1) ctx.addIssue({ code: 'custom', path: ['choices'], message: 'a multiple-choice question needs at least one correct choice' })
})

export const quizSchema = z
  .object({
    id: contentId,
    passingScore: positiveInt('passingScore').min(1, 'is a percentage from 1 to 100').max(100, 'is a percentage from 1 to 100'),
    maxAttempts: positiveInt('maxAttempts').min(0, 'must be 0 (unlimited) or more'),
    title: bilingual,
    questions: z.array(checkedQuestion, { required_error: 'questions are required' }).min(5, 'a quiz needs at least 5 questions'),
  })
  .strict()
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>()
    quiz.questions.forEach((q, index) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `question id "${q.id}" is used twice in this quiz` })
      seen.add(q.id)
    })
    const types = new Set(quiz.questions.map((q) => q.type))
    if (types.size < 3) ctx.addIssue({ code: 'custom', path: ['questions'], message: `a quiz must mix at least three question types (found ${[...types].join(', ')})` })
  })
export type QuizFile = z.infer<typeof quizSchema>
