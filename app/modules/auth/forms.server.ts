// The server's last word on a new password: the breach list. The shared schemas in forms.ts
// run in the browser too, and the list (hundreds of kilobytes) must not ship with them.
import type { z } from 'zod'
import { parseForm, type FieldErrors } from './forms.ts'
import { isCommonPassword } from './password-policy.ts'
import { passwordLengthProblem } from './password-rules.ts'

/**
 * `parseForm` with the breach list checked on `passwordField`, beside every other field's
 * message (so a person without JavaScript hears about all of them in one round trip). A
 * breached password outranks the repetition and username rules, as in `checkPassword`.
 */
export function parseNewPasswordForm<T extends z.ZodTypeAny>(
  schema: T,
  formData: FormData,
  passwordField: string,
): { ok: true; data: z.output<T> } | { ok: false; errors: FieldErrors } {
  const parsed = parseForm(schema, formData)
  const password = formData.get(passwordField)
  if (typeof password !== 'string' || passwordLengthProblem(password) || !isCommonPassword(password)) return parsed
  return { ok: false, errors: { ...(parsed.ok ? {} : parsed.errors), [passwordField]: 'passwordCommon' } }
}
