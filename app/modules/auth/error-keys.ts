// The message keys of the account forms (under `errors.` in the auth namespace). Apart from
// forms.ts so that a page can translate them without bringing zod along.
export const authErrorKeys = [
  'usernameRequired',
  'usernameTooShort',
  'usernameTooLong',
  'usernameCharacters',
  'usernameTaken',
  'displayNameTooLong',
  'displayNameCharacters',
  'emailInvalid',
  'emailTaken',
  'passwordRequired',
  'passwordTooShort',
  'passwordTooLong',
  'passwordCommon',
  'passwordRepetitive',
  'passwordContainsUsername',
  'wrongCredentials',
  'wrongPassword',
  'codeRequired',
  'wrongCode',
  'confirmRequired',
  'invalid',
] as const
export type AuthErrorKey = (typeof authErrorKeys)[number]

export function isAuthErrorKey(value: unknown): value is AuthErrorKey {
  return typeof value === 'string' && (authErrorKeys as readonly string[]).includes(value)
}
