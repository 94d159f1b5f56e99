import { expect, test } from 'vitest'
import { checkPassword, passwordLength } from './password-policy.ts'

test('at least 15 characters, counted as people count them', () => {
  expect(checkPassword('short words')).toBe('tooShort')
  expect(checkPassword('زيتون وياسمين في')).toBeNull() // 16 Arabic characters
  expect(passwordLength('ﷺ')).toBeGreaterThan(1) // NFKC expands compatibility ligatures
})

test('at most 256 characters', () => {
  expect(checkPassword('a long walk by the river '.repeat(11))).toBe('tooLong')
})

test('no composition rules: a few plain words in a row are enough', () => {
  expect(checkPassword('olive tree river morning')).toBeNull()
})

test('refuses passwords from the breached-password list, and repetitive ones', () => {
  expect(checkPassword('passwordpassword')).not.toBeNull()
  expect(checkPassword('1234567890123456')).not.toBeNull()
  expect(checkPassword('aaaaaaaaaaaaaaaaaaaa')).toBe('repetitive')
})

test('refuses a password that is little more than the username', () => {
  expect(checkPassword('samira-activist-2024', { username: 'samira-activist' })).toBe('containsUsername')
  expect(checkPassword('the cedar bridge at dawn', { username: 'samira' })).toBeNull()
})
