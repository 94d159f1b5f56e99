// Password rules after NIST SP 800-63B rev. 4 for password-only accounts: length 15-256,
// any Unicode (NFKC), no composition rules, and no password from a well-known breach list.
// Server-side only in practice: importing this file brings the whole list with it.
import { dictionary } from '@zxcvbn-ts/language-common'
import { normalizePassword, passwordLengthProblem, passwordShapeProblem, type PasswordProblem } from './password-rules.ts'

export { MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, normalizePassword, passwordLength, type PasswordProblem } from './password-rules.ts'

const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

/** On the well-known list, as typed or with trailing digits removed ("password2024"). */
export function isCommonPassword(password: string): boolean {
  const lower = normalizePassword(password).toLowerCase()
  return common.has(lower) || common.has(lower.replace(/\d+$/, ''))
}

export function checkPassword(password: string, context: { username?: string } = {}): PasswordProblem | null {
  const length = passwordLengthProblem(password)
  if (length) return length
  if (isCommonPassword(password)) return 'common'
  return passwordShapeProblem(password, context)
}
