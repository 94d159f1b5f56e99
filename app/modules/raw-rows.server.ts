// Reading the columns of a raw SQL row ($queryRaw) as the types the code expects, the same
// on both databases: SQLite gives an aggregate's date as text and PostgreSQL a count as a
// bigint. A value of another kind throws, so a changed query fails loudly.

function unexpected(kind: string, value: unknown): Error {
  return new Error(`raw row: expected ${kind}, got ${typeof value} ${String(value).slice(0, 40)}`)
}

export function text(value: unknown): string {
  if (typeof value !== 'string') throw unexpected('text', value)
  return value
}

export function whole(value: unknown): number {
  if (typeof value === 'bigint') return Number(value)
  if (typeof value === 'number' && Number.isFinite(value)) return value
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value)
  throw unexpected('a number', value)
}

export function date(value: unknown): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value
  if (typeof value === 'string' || typeof value === 'number') {
    // SQLite keeps Prisma's dates as ISO text, sometimes without the zone: those are UTC
    const parsed = new Date(typeof value === 'string' && !/(Z|[+-]\d{2}:?\d{2})$/.test(value) ? `${value}Z` : value)
    if (!Number.isNaN(parsed.getTime())) return parsed
  }
  throw unexpected('a date', value)
}

export function optionalText(value: unknown): string | null {
  return value === null ? null : text(value)
}

export function optionalDate(value: unknown): Date | null {
  return value === null ? null : date(value)
}

export function bool(value: unknown): boolean {
  if (typeof value === 'boolean') return value
  if (value === 0 || value === 1 || value === 0n || value === 1n) return Boolean(value)
  throw unexpected('true or false', value)
}
