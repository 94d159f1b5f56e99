// The password rules that need no word list (length, repetition, the username inside it), so
// that the browser can check them before a round trip. The breach list stays on the server
// (password-policy.ts): it is far too large to ship to a phone.
export const MIN_PASSWORD_LENGTH = 15
export const MAX_PASSWORD_LENGTH = 256

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsUsername' | 'repetitive'

export function normalizePassword(password: string): string {
  return password.normalize('NFKC')
}

/** Length in characters as people count them (code points), after normalisation. */
export function passwordLength(password: string): number {
  return [...normalizePassword(password)].length
}

export function passwordLengthProblem(password: string): 'tooShort' | 'tooLong' | null {
  const length = passwordLength(password)
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort'
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong'
  return null
}

/** Every rule except the breach list, in the order people are told about them. */
export function passwordShapeProblem(password: string, context: { username?: string } = {}): Exclude<PasswordProblem, 'common'> | null {
  const length = passwordLengthProblem(password)
  if (length) return length
  const lower = normalizePassword(password).toLowerCase()
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
