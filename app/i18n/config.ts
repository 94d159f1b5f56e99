// Languages Tamkeen speaks and the i18next options shared by server and browser.
export const locales = ['ar', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'ar'
export const namespaces = ['common', 'auth', 'account', 'courses', 'cohorts', 'certificates', 'admin'] as const

export function isLocale(value: unknown): value is Locale {
  return value === 'ar' || value === 'en'
}

export function dirOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr'
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'ar' ? 'en' : 'ar'
}

/** The same path in another language: `/ar/courses?x=1` -> `/en/courses?x=1`. */
export function switchLocalePath(pathWithSearch: string, to: Locale): string {
  const match = /^\/(ar|en)(?=\/|$|\?)/.exec(pathWithSearch)
  return match ? `/${to}${pathWithSearch.slice(match[0].length)}` : `/${to}`
}

export const i18nOptions = {
  supportedLngs: [...locales],
  // a string missing in one language falls back to the other, never to a raw key
  fallbackLng: { ar: ['en'], en: ['ar'], default: ['ar'] },
  defaultNS: 'common',
  ns: [...namespaces],
  interpolation: { escapeValue: false },
  returnNull: false,
} as const
