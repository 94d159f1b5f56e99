// Dates and numbers through Intl in the page's language (Arabic with Arabic-Indic digits).
import type { Locale } from './config.ts'

const intlLocale: Record<Locale, string> = { ar: 'ar-SY', en: 'en-GB' }

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value)
}

export function formatDate(
  value: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  return new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', ...options }).format(new Date(value))
}

export function formatHijriDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(`${intlLocale[locale]}-u-ca-islamic-umalqura`, {
    timeZone: 'UTC',
    dateStyle: 'long',
  }).format(new Date(value))
}

export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 0 }).format(value)
}
