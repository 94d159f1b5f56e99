import { expect, test } from 'vitest'
import { bool, date, optionalDate, optionalText, text, whole } from './raw-rows.server.ts'

test('dates come as Date objects, ISO text with a zone, or zoneless text meaning UTC', () => {
  const instant = new Date('2026-11-22T02:37:41.214Z')
  expect(date(instant)).toBe(instant)
  expect(date('2026-11-22T02:37:41.214+00:00').getTime()).toBe(instant.getTime())
  expect(date('2026-11-22T05:37:41.214+03:00').getTime()).toBe(instant.getTime())
  expect(date('2026-11-22T02:37:41.214').getTime()).toBe(instant.getTime())
  expect(date(instant.getTime()).getTime()).toBe(instant.getTime())
  expect(optionalDate(null)).toBeNull()
  expect(() => date('yesterday')).toThrow(/expected a date/)
  expect(() => date(null)).toThrow()
})

test('numbers from either database: JavaScript numbers, bigints and numeric text', () => {
  expect(whole(42)).toBe(42)
  expect(whole(42n)).toBe(42)
  expect(whole('42')).toBe(42)
  expect(() => whole('forty-two')).toThrow(/expected a number/)
  expect(() => whole(Number.NaN)).toThrow()
})

test('text and true/false refuse values of another kind', () => {
  expect(text('سلمى')).toBe('سلمى')
  expect(optionalText(null)).toBeNull()
  expect(() => text(7)).toThrow(/expected text/)
  expect(bool(true)).toBe(true)
  expect(bool(0)).toBe(false)
  expect(bool(1n)).toBe(true)
  expect(() => bool('yes')).toThrow(/expected true or false/)
})
