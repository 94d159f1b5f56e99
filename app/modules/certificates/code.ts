// Public certificate codes: 160 random bits in base32 (no 0/1/8/9, so nothing reads as O/I/B/g),
// grouped by four so that a person can read one aloud or type it from paper.
const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'

export const CODE_BYTES = 20

export function encodeCode(bytes: Uint8Array): string {
  let bits = 0
  let value = 0
  let out = ''
  for (const byte of bytes) {
    value = ((value << 8) | byte) & 0xffff
    bits += 8
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31]
  return out.match(/.{1,4}/g)?.join('-') ?? ''
}

export function newCode(): string {
  return encodeCode(crypto.getRandomValues(new Uint8Array(CODE_BYTES)))
}

/**
 * What a person typed -> the canonical code, or null when it cannot be one. Lower case,
 * spaces and missing or extra dashes are forgiven; so are Arabic-Indic digits.
 */
export function normalizeCode(input: string): string | null {
  const westernDigits = input.replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
  const compact = westernDigits.toUpperCase().replace(/[\s\-_.]/g, '')
  if (compact.length !== 32 || !/^[A-Z2-7]+$/.test(compact)) return null
  return compact.match(/.{4}/g)?.join('-') ?? null
}
