import { generateHOTP } from '@oslojs/otp'
import { describe, expect, test } from 'vitest'
import {
  decodeTotpSecret,
  generateRecoveryCodes,
  generateTotpSecret,
  groupSecret,
  hashRecoveryCode,
  looksLikeRecoveryCode,
  matchTotp,
  normalizeCode,
  totpKeyUri,
  totpStep,
} from './totp.ts'

const now = new Date('2026-05-01T12:00:10Z')
function codeAt(secret: string, step: number) {
  const key = decodeTotpSecret(secret)
  if (!key) throw new Error('bad secret')
  return generateHOTP(key, BigInt(step), 6)
}

describe('TOTP', () => {
  const secret = generateTotpSecret()
  const step = totpStep(now)

  test('secrets are 160 random bits in base32, different every time', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/)
    expect(generateTotpSecret()).not.toBe(secret)
    expect(groupSecret('ABCDEFGHIJ')).toBe('ABCD EFGH IJ')
  })

  test('accepts the current code and one step of clock drift either way, nothing further', () => {
    expect(matchTotp(secret, codeAt(secret, step), now, null)).toBe(step)
    expect(matchTotp(secret, codeAt(secret, step - 1), now, null)).toBe(step - 1)
    expect(matchTotp(secret, codeAt(secret, step + 1), now, null)).toBe(step + 1)
    expect(matchTotp(secret, codeAt(secret, step + 2), now, null)).toBeNull()
    expect(matchTotp(secret, codeAt(secret, step - 2), now, null)).toBeNull()
  })

  test('a code is never accepted twice', () => {
    const code = codeAt(secret, step)
    expect(matchTotp(secret, code, now, step)).toBeNull()
    expect(matchTotp(secret, codeAt(secret, step + 1), now, step)).toBe(step + 1)
  })

  test('accepts spaces and Arabic-Indic digits, refuses anything else', () => {
    const code = codeAt(secret, step)
    const arabic = [...code].map((d) => String.fromCodePoint(0x0660 + Number(d))).join('')
    expect(normalizeCode(arabic)).toBe(code)
    expect(matchTotp(secret, arabic, now, null)).toBe(step)
    expect(matchTotp(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null)).toBe(step)
    expect(matchTotp(secret, 'abcdef', now, null)).toBeNull()
    expect(matchTotp(secret, '', now, null)).toBeNull()
  })

  test('the key URI is what authenticator apps read from the QR code', () => {
    const uri = totpKeyUri(secret, 'samira')
    expect(uri).toMatch(/^otpauth:\/\/totp\/Tamkeen:samira\?/)
    expect(uri).toContain(`secret=${secret}`)
  })
})

describe('recovery codes', () => {
  test('ten different codes with 60 random bits each', () => {
    const codes = generateRecoveryCodes()
    expect(codes).toHaveLength(10)
    expect(new Set(codes).size).toBe(10)
    for (const code of codes) {
      expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/)
      expect(looksLikeRecoveryCode(code)).toBe(true)
    }
  })
  test('the hash ignores case, spaces and dashes, and reveals nothing of the code', () => {
    const [code = ''] = generateRecoveryCodes()
    const hash = hashRecoveryCode(code)
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hashRecoveryCode(` ${code.toUpperCase().replaceAll('-', ' ')} `)).toBe(hash)
    expect(hash).not.toContain(code.replaceAll('-', ''))
  })
})
