// Picks a translation in the page language, falling back to the other one (and saying so).
import type { Locale } from '#app/i18n/config.ts'

export type Picked<T> = T & { locale: Locale; fallback: boolean }

export function pickTranslation<T extends { locale: string }>(translations: readonly T[], locale: Locale): Picked<T> | null {
  const exact = translations.find((t) => t.locale === locale)
  if (exact) return { ...exact, locale, fallback: false }
  const other = translations.find((t) => t.locale === (locale === 'ar' ? 'en' : 'ar'))
  return other ? { ...other, locale: locale === 'ar' ? 'en' : 'ar', fallback: true } : null
}

export function parseStringList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json)
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
  } catch {
    return []
  }
}
