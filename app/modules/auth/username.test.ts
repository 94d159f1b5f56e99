import { describe, expect, test } from 'vitest'
import { displayNameProblem, normalizeDisplayName, normalizeUsername, usernameProblem } from './username.ts'

describe('usernames', () => {
  test('letters, digits and . _ - in Latin or Arabic script, 3 to 32 characters', () => {
    expect(usernameProblem('samira_k')).toBeNull()
    expect(usernameProblem('سميرة.٢٠٢٤')).toBeNull()
    expect(usernameProblem('ab')).toBe('usernameTooShort')
    expect(usernameProblem('a'.repeat(33))).toBe('usernameTooLong')
    expect(usernameProblem('   ')).toBe('usernameRequired')
    expect(usernameProblem('has space')).toBe('usernameCharacters')
    expect(usernameProblem('<script>')).toBe('usernameCharacters')
    expect(usernameProblem('-leading')).toBe('usernameCharacters')
  })
  test('refuses bidi overrides, invisible and control characters', () => {
    expect(usernameProblem('admin\u202Egnp')).toBe('usernameCharacters')
    expect(usernameProblem('ad\u200Bmin')).toBe('usernameCharacters')
    expect(usernameProblem('ad\u0000min')).toBe('usernameCharacters')
    expect(usernameProblem('\u2066samira\u2069')).toBe('usernameCharacters')
  })
  test('full-width and upper-case forms are the same name', () => {
    expect(normalizeUsername('ＳａｍｉｒａＫ ')).toBe('samirak')
    expect(usernameProblem('ＳａｍｉｒａＫ')).toBeNull()
  })
})

describe('display names', () => {
  test('may be a pseudonym, with spaces, in any script; HTML is just text', () => {
    expect(displayNameProblem('Abu Omar')).toBeNull()
    expect(displayNameProblem('أبو عمر')).toBeNull()
    expect(displayNameProblem('<b>Samira</b>')).toBeNull()
    expect(displayNameProblem('مهدی\u200Cزاده')).toBeNull() // ZWNJ is part of Persian/Arabic-script spelling
  })
  test('refuses over-long names and bidi overrides, and tidies spaces', () => {
    expect(displayNameProblem('x'.repeat(65))).toBe('displayNameTooLong')
    expect(displayNameProblem('Samira\u202E')).toBe('displayNameCharacters')
    expect(normalizeDisplayName('  Abu \n  Omar ')).toBe('Abu Omar')
  })
})
