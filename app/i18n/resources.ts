// Interface strings from public/locales, bundled for the server (all languages).
import arCommon from '#locales/ar/common.json'
import enCommon from '#locales/en/common.json'

export const resources = {
  ar: { common: arCommon },
  en: { common: enCommon },
} as const
