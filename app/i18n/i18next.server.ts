import { RemixI18Next } from 'remix-i18next/server'
import { i18nOptions, locales, defaultLocale } from './config.ts'
import { requestLocale } from './locale.server.ts'
import { resources } from './resources.ts'

export const i18nServer = new RemixI18Next({
  detection: {
    supportedLanguages: [...locales],
    fallbackLanguage: defaultLocale,
    findLocale: async (request) => requestLocale(request),
  },
  i18next: { ...i18nOptions, resources },
})
