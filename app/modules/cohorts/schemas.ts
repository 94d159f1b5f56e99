// Form schemas for cohorts, shared by actions (and usable in the browser). Messages are
// keys in the `cohorts` namespace, under `errors.` (listed in cohortErrorKeys).
import { z } from 'zod'
import { normalizeUsername } from '#app/modules/auth/index.ts'

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'date')

// a cohort's own facts, as created and as edited later (its course is fixed once people enrol)
const cohortFields = z.object({
  nameAr: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  nameEn: z.string().trim().min(1, 'required').max(120, 'tooLong'),
  startsOn: isoDate,
  endsOn: isoDate,
  capacity: z.coerce.number({ invalid_type_error: 'capacity' }).int('capacity').min(1, 'capacity').max(5000, 'capacity'),
})

function endNotBeforeStart(v: { startsOn: string; endsOn: string }, ctx: z.RefinementCtx) {
  if (v.endsOn < v.startsOn) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['endsOn'], message: 'endBeforeStart' })
}

export const cohortSchema = cohortFields.extend({ courseId: z.string().trim().min(1, 'course') }).superRefine(endNotBeforeStart)
export const cohortEditSchema = cohortFields.superRefine(endNotBeforeStart)
export type CohortEdit = z.infer<typeof cohortEditSchema>
export type CohortInput = z.infer<typeof cohortSchema>

export const usernameFieldSchema = z.object({
  username: z.string().trim().min(1, 'required').max(64, 'tooLong').transform(normalizeUsername),
})

export const activateSchema = z.object({
  username: z.string().trim().min(1, 'required').max(64, 'tooLong').transform(normalizeUsername),
  code: z.string().trim().min(1, 'required').max(64, 'activationInvalid'),
  password: z.string().min(1, 'required').max(1024, 'tooLong'),
  confirm: z.string(),
}).superRefine((v, ctx) => {
  if (v.password !== v.confirm) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['confirm'], message: 'confirmMismatch' })
})

/** Field -> first message key, for re-rendering a form beside each field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form')
    out[key] ??= issue.message
  }
  return out
}

export function utcDay(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`)
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}
