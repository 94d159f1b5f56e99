import { describe, expect, test } from 'vitest'
import { visualPieces, wrapWords } from './bidi-line.ts'

const show = (text: string, dir: 'ltr' | 'rtl') => visualPieces(text, dir).map((p) => (p.space ? '_' : `${p.font[0]}:${p.text}`))

describe('visual order of a line', () => {
  test('an Arabic name: words right to left, the space kept between them', () => {
    // visual left-to-right: the second word first
    expect(show('ريم الحسن', 'rtl')).toEqual(['a:الحسن', '_', 'a:ريم'])
  })
  test('Latin text stays left to right', () => {
    expect(show('Rim al-Hassan', 'ltr')).toEqual(['l:Rim', '_', 'l:al-Hassan'])
  })
  test('Latin and digits inside Arabic keep their own order', () => {
    expect(show('رمز الشهادة: AB12-CD34', 'rtl')).toEqual(['l:AB12-CD34', '_', 'l::', 'a:الشهادة', '_', 'a:رمز'])
  })
  test('an Arabic name inside an English line', () => {
    expect(show('Name: ريم الحسن', 'ltr')).toEqual(['l:Name:', '_', 'a:الحسن', '_', 'a:ريم'])
  })
  test('Arabic-Indic digits read left to right, one glyph at a time', () => {
    expect(show('صدرت بتاريخ ٥ آذار ٢٠٢٦', 'rtl')).toEqual(['a:٢', 'a:٠', 'a:٢', 'a:٦', '_', 'a:آذار', '_', 'a:٥', '_', 'a:بتاريخ', '_', 'a:صدرت'])
  })
  test('brackets are mirrored in right-to-left text', () => {
    expect(show('تمكين (منصة)', 'rtl')).toEqual(['l:(', 'a:منصة', 'l:)', '_', 'a:تمكين'])
  })
})

test('word wrap keeps every word, in order', () => {
  const lines = wrapWords('one two three four five', 9, (s) => s.length)
  expect(lines).toEqual(['one two', 'three', 'four five'])
})
