import { describe, expect, test } from 'vitest'
import { encodeCode, newCode, normalizeCode } from './code.ts'

describe('certificate codes', () => {
  test('carry 160 random bits as 8 groups of 4 base32 characters', () => {
    const code = newCode()
    expect(code).toMatch(/^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$/)
    expect(new Set(Array.from({ length: 200 }, newCode)).size).toBe(200)
  })
  test('encode bytes exactly (RFC 4648 alphabet)', () => {
    expect(encodeCode(new Uint8Array(20))).toBe('AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA')
    expect(encodeCode(new Uint8Array(20).fill(255))).toBe('7777-7777-7777-7777-7777-7777-7777-7777')
  })
  test('typed codes are forgiven case, spacing and dashes', () => {
    const code = newCode()
    expect(normalizeCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code)
    expect(normalizeCode(` ${code.replace(/-/g, '')} `)).toBe(code)
    expect(normalizeCode('not a code')).toBeNull()
    expect(normalizeCode(code.slice(0, -1))).toBeNull()
  })
})
