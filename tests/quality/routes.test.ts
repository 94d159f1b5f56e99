import { expect, test } from 'vitest'
import { fill, patternOf, routeFiles } from './routes.ts'

test('flat route names become URL patterns', () => {
  expect(patternOf('$lang._index')).toBe('/:lang')
  expect(patternOf('$lang.courses.$slug.$lesson')).toBe('/:lang/courses/:slug/:lesson')
  expect(patternOf('$lang.courses_.x')).toBe('/:lang/courses/x')
  expect(patternOf('issuer[.]json')).toBe('/issuer.json')
  expect(patternOf('$lang.$')).toBeNull()
})

test('every page route file is found, and unknown params are refused loudly', () => {
  const pages = routeFiles().filter((r) => r.page)
  expect(pages.map((p) => p.pattern)).toContain('/:lang')
  expect(() => fill('/:lang/x/:nope', { lang: 'ar' })).toThrow(/no sample value for :nope/)
})
