// Reads a submitted quiz form. Each question's field is checked by a small zod schema whose
// messages are translation keys (courses namespace), so a missing answer is shown beside it.
import { z } from 'zod'
import { fieldName } from './field-name.ts'
import type { Response } from './grade.ts'

export type FormQuestion = { id: string; type: 'single' | 'multiple' | 'truefalse' | 'short'; choiceIds: string[] }
export type QuizFormErrorKey = 'quiz.errors.chooseOne' | 'quiz.errors.chooseSome' | 'quiz.errors.trueOrFalse' | 'quiz.errors.typeAnswer' | 'quiz.errors.tooLong'

export const submissionKeySchema = z.string({ required_error: 'quiz.errors.expired' }).regex(/^[A-Za-z0-9_-]{16,64}$/, 'quiz.errors.expired')

export { fieldName } from './field-name.ts'

function schemaFor(q: FormQuestion) {
  const oneOf = (ids: string[]) => (v: string) => ids.includes(v)
  switch (q.type) {
    case 'single':
      return z
        .array(z.string())
        .length(1, 'quiz.errors.chooseOne')
        .refine((v) => v.every(oneOf(q.choiceIds)), 'quiz.errors.chooseOne')
        .transform((choiceIds): Response => ({ choiceIds }))
    case 'multiple':
      return z
        .array(z.string())
        .min(1, 'quiz.errors.chooseSome')
        .refine((v) => v.every(oneOf(q.choiceIds)), 'quiz.errors.chooseSome')
        .transform((choiceIds): Response => ({ choiceIds: [...new Set(choiceIds)] }))
    case 'truefalse':
      return z
        .array(z.enum(['true', 'false'], { errorMap: () => ({ message: 'quiz.errors.trueOrFalse' }) }))
        .length(1, 'quiz.errors.trueOrFalse')
        .transform((v): Response => ({ value: v[0] === 'true' }))
    case 'short':
      return z
        .array(z.string())
        .transform((v) => (v[0] ?? '').trim())
        .pipe(z.string().min(1, 'quiz.errors.typeAnswer').max(300, 'quiz.errors.tooLong'))
        .transform((text): Response => ({ text }))
  }
}

export type ParsedQuizForm =
  | { ok: true; submissionKey: string; responses: Map<string, Response> }
  | { ok: false; submissionKey: string | null; errors: Record<string, string>; values: Record<string, string[]> }

/** `read(name)` returns every value submitted under `name` (FormData.getAll). */
export function parseQuizForm(questions: FormQuestion[], read: (name: string) => string[]): ParsedQuizForm {
  const key = submissionKeySchema.safeParse(read('submissionKey')[0])
  const responses = new Map<string, Response>()
  const errors: Record<string, string> = {}
  const values: Record<string, string[]> = {}
  for (const q of questions) {
    const raw = read(fieldName(q.id))
    values[q.id] = raw
    const parsed = schemaFor(q).safeParse(raw)
    if (parsed.success) responses.set(q.id, parsed.data)
    else errors[q.id] = parsed.error.issues[0]?.message ?? 'quiz.errors.chooseOne'
  }
  if (!key.success) errors.submissionKey = key.error.issues[0]?.message ?? 'quiz.errors.expired'
  if (Object.keys(errors).length > 0 || !key.success) return { ok: false, submissionKey: key.success ? key.data : null, errors, values }
  return { ok: true, submissionKey: key.data, responses }
}
