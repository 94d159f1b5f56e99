import { describe, expect, test } from 'vitest'
import { nameRequestSchema } from './names.ts'

const parse = (nameArabic: string, nameLatin: string) => nameRequestSchema.safeParse({ nameArabic, nameLatin })
const messages = (r: ReturnType<typeof parse>) => (r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}:${i.message}`))

describe('name to print', () => {
  test('Arabic, Latin or both', () => {
    expect(parse('ريم الحسن', '').success).toBe(true)
    expect(parse('', "Rim al-Hassan O'Neil").success).toBe(true)
    expect(parse('عبد الله', 'Abdullah Dupré').success).toBe(true)
  })
  test('spaces are tidied, never lost between words', () => {
    const r = parse('  ريم   الحسن ', ' Rim  al-Hassan ')
    expect(r.success && r.data).toEqual({ nameArabic: 'ريم الحسن', nameLatin: 'Rim al-Hassan' })
  })
  test('each field is checked for its own script', () => {
    expect(messages(parse('Rim', ''))).toEqual(['nameArabic:request.errors.arabicScript'])
    expect(messages(parse('', 'ريم'))).toEqual(['nameLatin:request.errors.latinScript'])
    expect(messages(parse('ريم1', 'Rim <b>'))).toEqual(['nameArabic:request.errors.arabicScript', 'nameLatin:request.errors.latinScript'])
  })
  test('at least one name, and not too long', () => {
    expect(messages(parse('', ''))).toEqual(['nameArabic:request.errors.oneName'])
    expect(messages(parse('', 'A'.repeat(81)))).toEqual(['nameLatin:request.errors.tooLong'])
  })
})
