import { describe, expect, test } from 'vitest'
import { parseNewPasswordForm } from './forms.server.ts'
import { changePasswordSchema, deleteAccountSchema, loginSchema, parseForm, registerSchema, typedValues } from './forms.ts'

const form = (entries: Record<string, string>) => {
  const data = new FormData()
  for (const [k, v] of Object.entries(entries)) data.append(k, v)
  return data
}

describe('registration form', () => {
  test('a username and a password are enough; display name and email may be empty', () => {
    const result = parseForm(registerSchema, form({ username: 'Samira', password: 'olive tree river morning' }))
    expect(result).toEqual({ ok: true, data: { username: 'samira', displayName: '', email: '', password: 'olive tree river morning' } })
  })
  test('an empty form gets a message for each required field', () => {
    const result = parseForm(registerSchema, form({}))
    expect(result.ok === false && result.errors).toEqual({ username: 'usernameRequired', password: 'passwordRequired' })
  })
  test('each bad field gets its own message', () => {
    const result = parseForm(
      registerSchema,
      form({ username: 'ad\u202Emin', displayName: 'x'.repeat(500), email: 'not-an-email', password: 'short' }),
    )
    expect(result.ok === false && result.errors).toEqual({
      username: 'usernameCharacters',
      displayName: 'displayNameTooLong',
      email: 'emailInvalid',
      password: 'passwordTooShort',
    })
  })
  test('refuses a breached password (on the server) and one built from the username', () => {
    const common = parseNewPasswordForm(registerSchema, form({ username: 'samira', password: 'passwordpassword' }), 'password')
    expect(common.ok === false && common.errors.password).toBe('passwordCommon')
    const own = parseNewPasswordForm(registerSchema, form({ username: 'samira-activist', password: 'samira-activist-2024' }), 'password')
    expect(own.ok === false && own.errors.password).toBe('passwordContainsUsername')
  })
  test('the shared schema, which the browser runs too, leaves the breach list to the server', () => {
    expect(parseForm(registerSchema, form({ username: 'samira', password: 'passwordpassword' })).ok).toBe(true)
  })
  test('the breach check reports beside the other fields, and never hides a length problem', () => {
    const both = parseNewPasswordForm(registerSchema, form({ username: 'a', password: 'passwordpassword' }), 'password')
    expect(both.ok === false && both.errors).toEqual({ username: 'usernameTooShort', password: 'passwordCommon' })
    const short = parseNewPasswordForm(registerSchema, form({ username: 'samira', password: 'password' }), 'password')
    expect(short.ok === false && short.errors).toEqual({ password: 'passwordTooShort' })
    const fine = parseNewPasswordForm(registerSchema, form({ username: 'samira', password: 'olive tree river morning' }), 'password')
    expect(fine.ok).toBe(true)
  })
  test('keeps HTML in a display name as plain text', () => {
    const result = parseForm(registerSchema, form({ username: 'abu_omar', displayName: '<b>Abu</b>', password: 'olive tree river morning' }))
    expect(result.ok && result.data.displayName).toBe('<b>Abu</b>')
  })
})

test('sign-in needs both fields', () => {
  const result = parseForm(loginSchema, form({ username: '  ', password: '' }))
  expect(result.ok === false && result.errors).toEqual({ username: 'usernameRequired', password: 'passwordRequired' })
})

test('a new password on the change form is checked against the breach list too', () => {
  const result = parseNewPasswordForm(changePasswordSchema, form({ currentPassword: 'x', newPassword: 'passwordpassword' }), 'newPassword')
  expect(result.ok === false && result.errors).toEqual({ newPassword: 'passwordCommon' })
})

test('deleting an account needs the password and an explicit yes', () => {
  const result = parseForm(deleteAccountSchema, form({ password: 'x' }))
  expect(result.ok === false && result.errors).toEqual({ confirm: 'confirmRequired' })
})

test('typed values come back without passwords', () => {
  expect(typedValues(form({ username: 'samira', password: 'secret' }), ['username'])).toEqual({ username: 'samira' })
})
