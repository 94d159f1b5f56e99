// One zod schema per auth form. Messages are keys under `errors.` in the auth namespace;
// routes translate them. The action parses with the schema and react-hook-form checks the
// same one in the browser, so nothing here may import server code or the breach list (that
// check is added by the server: forms.server.ts). Pure, so unit-tested without a database.
import { z } from 'zod'
import { MAX_PASSWORD_LENGTH, passwordShapeProblem, type PasswordProblem } from './password-rules.ts'
import { isAuthErrorKey, type AuthErrorKey } from './error-keys.ts'
import { roles } from './roles.ts'
import { displayNameProblem, normalizeDisplayName, normalizeUsername, usernameProblem } from './username.ts'

const passwordProblemKey: Record<PasswordProblem, AuthErrorKey> = {
  tooShort: 'passwordTooShort',
  tooLong: 'passwordTooLong',
  common: 'passwordCommon',
  containsUsername: 'passwordContainsUsername',
  repetitive: 'passwordRepetitive',
}

// raw form values are bounded before any normalisation, so a megabyte of text costs nothing
const text = (max: number, tooLong: AuthErrorKey) => z.string().max(max, tooLong).default('')

const newUsername = text(200, 'usernameTooLong')
  .superRefine((value, ctx) => {
    const problem = usernameProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .transform(normalizeUsername)

const displayName = text(400, 'displayNameTooLong')
  .superRefine((value, ctx) => {
    const problem = displayNameProblem(value)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
  .transform(normalizeDisplayName)

const email = text(254, 'emailInvalid')
  .transform((v) => v.normalize('NFKC').trim())
  .pipe(z.union([z.literal(''), z.string().email('emailInvalid')]))

const password = z.string().max(MAX_PASSWORD_LENGTH * 4, 'passwordTooLong').default('').refine((v) => v.length > 0, 'passwordRequired')

// the breach list is checked on the server only (parseNewPasswordForm in forms.server.ts)
const newPassword = password.superRefine((value, ctx) => {
  const problem = value.length > 0 ? passwordShapeProblem(value) : null
  if (problem) ctx.addIssue({ code: 'custom', message: passwordProblemKey[problem] })
})

// where to go afterwards; the action still passes it through safeRedirect
const redirectTo = z.string().max(1000).optional()

export const registerSchema = z
  .object({ username: newUsername, displayName, email, password: newPassword, redirectTo })
  // runs only once every field is valid on its own, so the username is a real one
  .superRefine((v, ctx) => {
    if (passwordShapeProblem(v.password, { username: v.username }) === 'containsUsername') {
      ctx.addIssue({ code: 'custom', path: ['password'], message: 'passwordContainsUsername' })
    }
  })

export const loginSchema = z.object({
  username: text(200, 'usernameTooLong')
    .transform(normalizeUsername)
    .refine((v) => v.length > 0, 'usernameRequired'),
  password,
  redirectTo,
})

export const codeSchema = z.object({
  code: text(64, 'wrongCode')
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, 'codeRequired'),
})

export const changePasswordSchema = z.object({ currentPassword: password, newPassword })

export const deleteAccountSchema = z.object({
  password,
  confirm: z
    .string()
    .optional()
    .refine((v) => v === 'yes', 'confirmRequired'),
})

export const roleChangeSchema = z.object({
  userId: z.string().min(1).max(64),
  role: z.enum(roles),
})

export { authErrorKeys, isAuthErrorKey, type AuthErrorKey } from './error-keys.ts'

export type FieldErrors = Partial<Record<string, AuthErrorKey>>

/** Form data in, typed data or one error key per field out. Files and repeated fields are ignored. */
export function parseForm<T extends z.ZodTypeAny>(
  schema: T,
  formData: FormData,
): { ok: true; data: z.output<T> } | { ok: false; errors: FieldErrors } {
  const raw: Record<string, string> = {}
  for (const [key, value] of formData) if (typeof value === 'string' && !(key in raw)) raw[key] = value
  const result = schema.safeParse(raw)
  if (result.success) return { ok: true, data: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form')
    errors[field] ??= isAuthErrorKey(issue.message) ? issue.message : 'invalid'
  }
  return { ok: false, errors }
}

/** What was typed, to put back into the form; passwords never come back. */
export function typedValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {}
  for (const field of fields) {
    const value = formData.get(field)
    if (typeof value === 'string') values[field] = value.slice(0, 1000)
  }
  return values
}

/** What an action returns when it refuses: typed values, one error per field, one for the form. */
export type FormFailure = {
  values: Record<string, string>
  errors: FieldErrors
  formError: AuthErrorKey | 'tooMany' | null
  retryMinutes: number
}

export function formFailure(
  values: Record<string, string>,
  errors: FieldErrors,
  formError: FormFailure['formError'] = null,
  retryAfterSeconds = 0,
): FormFailure {
  return { values, errors, formError, retryMinutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) }
}
