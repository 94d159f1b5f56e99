// Dates and numbers through Intl in the page's language (Arabic with Arabic-Indic digits).
import type { Locale } from './config.ts'

const intlLocale: Record<Locale, string> = { ar: 'ar-SY', en: 'en-GB' }

// Building an Intl formatter costs far more than using one (a page formats hundreds of
// numbers), so the option-less ones are made once per language.
const numberFormats: Record<Locale, Intl.NumberFormat> = { ar: new Intl.NumberFormat(intlLocale.ar), en: new Intl.NumberFormat(intlLocale.en) }
const percentFormats: Record<Locale, Intl.NumberFormat> = {
  ar: new Intl.NumberFormat(intlLocale.ar, { style: 'percent', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat(intlLocale.en, { style: 'percent', maximumFractionDigits: 0 }),
}

export function formatNumber(value: number, locale: Locale): string {
  return numberFormats[locale].format(value)
}

const dateFormats = new Map<string, Intl.DateTimeFormat>()

export function formatDate(
  value: Date | string,
  locale: Locale,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocale[locale], { timeZone: 'UTC', ...options })
    if (dateFormats.size < 100) dateFormats.set(key, format)
  }
  return format.format(new Date(value))
}

export function formatHijriDate(value: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(`${intlLocale[locale]}-u-ca-islamic-umalqura`, {
    timeZone: 'UTC',
    dateStyle: 'long',
  }).format(new Date(value))
}

export function formatPercent(value: number, locale: Locale): string {
  return percentFormats[locale].format(value)
}
