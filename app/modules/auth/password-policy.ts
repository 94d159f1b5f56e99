// Password rules after NIST SP 800-63B rev. 4 for password-only accounts: length 15-256,
// any Unicode (NFKC), no composition rules, and no password from a well-known breach list.
import { dictionary } from '@zxcvbn-ts/language-common'

export const MIN_PASSWORD_LENGTH = 15
export const MAX_PASSWORD_LENGTH = 256

const common = new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))

export function normalizePassword(password: string): string {
  return password.normalize('NFKC')
}

/** Length in characters as people count them (code points), after normalisation. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length
}

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsUsername' | 'repetitive'

export function checkPassword(password: string, context: { username?: string } = {}): PasswordProblem | null {
  const normalized = normalizePassword(password)
  const length = passwordLength(normalized)
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong'
  const lower = normalized.toLowerCase()
  if (common.has(lower) || common.has(lower.replace(/\d+$/, ''))) return 'common'
  if (isRepetitiveOrSequential(lower)) return 'repetitive'
  const username = context.username?.toLowerCase()
  if (username && username.length >= 4 && lower.replaceAll(username, '').replace(/[\d\W_]/g, '').length < 6) {
    return 'containsUsername'
  }
  return null
}

/** "aaaa…", "1234567890…", "abcdef…": few distinct characters or a plain run. */
function isRepetitiveOrSequential(text: string): boolean {
  const chars = [...text.replace(/\s/g, '')]
  if (new Set(chars).size <= 3) return true
  const codes = chars.map((c) => c.codePointAt(0) ?? 0)
  return codes.slice(1).every((code, i) => [0, 1, -1, 9, -9].includes(code - (codes[i] ?? 0)))
}
