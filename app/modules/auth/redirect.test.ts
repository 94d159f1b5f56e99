import { expect, test } from 'vitest'
import { safeRedirect } from './redirect.ts'

test('keeps paths on this site, with their query', () => {
  expect(safeRedirect('/en/courses?x=1', '/en/me')).toBe('/en/courses?x=1')
  expect(safeRedirect('/ar/me', '/en/me')).toBe('/ar/me')
})

test('refuses other origins and tricks that browsers read as another origin', () => {
  for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', '\\\\evil', 'javascript:alert(1)', '/\t/evil.example', '', null, undefined, 42]) {
    expect(safeRedirect(bad, '/en/me')).toBe('/en/me')
  }
})
