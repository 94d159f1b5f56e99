import { expect, test } from 'vitest'
import { parseStringList, pickTranslation } from './translate.ts'

test('the page language first, else the other language flagged as a fallback', () => {
  const both = [
    { locale: 'en', title: 'Title' },
    { locale: 'ar', title: 'عنوان' },
  ]
  expect(pickTranslation(both, 'ar')).toEqual({ locale: 'ar', title: 'عنوان', fallback: false })
  expect(pickTranslation([{ locale: 'en', title: 'Title' }], 'ar')).toEqual({ locale: 'en', title: 'Title', fallback: true })
  expect(pickTranslation([], 'en')).toBeNull()
})

test('a stored JSON list is read defensively', () => {
  expect(parseStringList('["a","b"]')).toEqual(['a', 'b'])
  expect(parseStringList('not json')).toEqual([])
  expect(parseStringList('{"a":1}')).toEqual([])
})
