// What a username and a display name may be. Both are normalised to NFKC so that look-alike
// compatibility forms collapse, and neither may carry control or bidi-override characters
// (which can make "evil" render as "live" beside an Arabic name).
export const USERNAME_MIN = 3
export const USERNAME_MAX = 32
export const DISPLAY_NAME_MAX = 64

// C0/C1 controls, bidi embeddings/overrides/isolates, and other invisible format characters
// except ZWNJ/ZWJ, which Arabic-script names legitimately use.
const FORBIDDEN = /[\p{Cc}\u061C\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\uFEFF\uFFF9-\uFFFB]/u
const USERNAME_SHAPE = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}._-]*$/u

export type UsernameProblem = 'usernameRequired' | 'usernameTooShort' | 'usernameTooLong' | 'usernameCharacters'
export type DisplayNameProblem = 'displayNameTooLong' | 'displayNameCharacters'

/** NFKC, trimmed, lower-cased: "Samira" and "ｓａｍｉｒａ" are the same account. */
export function normalizeUsername(input: string): string {
  return input.normalize('NFKC').trim().toLowerCase()
}

export function usernameProblem(input: string): UsernameProblem | null {
  const name = normalizeUsername(input)
  if (name.length === 0) return 'usernameRequired'
  if (FORBIDDEN.test(name)) return 'usernameCharacters'
  const length = [...name].length
  if (length < USERNAME_MIN) return 'usernameTooShort'
  if (length > USERNAME_MAX) return 'usernameTooLong'
  if (!USERNAME_SHAPE.test(name)) return 'usernameCharacters'
  return null
}

export function normalizeDisplayName(input: string): string {
  return input.normalize('NFKC').replace(/\s+/gu, ' ').trim()
}

export function displayNameProblem(input: string): DisplayNameProblem | null {
  const name = normalizeDisplayName(input)
  if (FORBIDDEN.test(name) || /[\p{Co}\p{Cn}]/u.test(name)) return 'displayNameCharacters'
  if ([...name].length > DISPLAY_NAME_MAX) return 'displayNameTooLong'
  return null
}
