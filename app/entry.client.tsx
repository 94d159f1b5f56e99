import { RemixBrowser } from '@remix-run/react'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { isLocale, defaultLocale, type Locale } from '#app/i18n/config.ts'
import { namespacesMeta, Translations, TranslationsProvider } from '#app/i18n/react.tsx'

// one module per language and namespace: a page downloads only those its components use
const files = import.meta.glob<{ default: Record<string, unknown> }>('../public/locales/*/*.json')

async function fetchNamespace(lng: Locale, ns: string) {
  const load = files[`../public/locales/${lng}/${ns}.json`]
  if (!load) throw new Error(`no strings for ${lng}/${ns}`)
  return (await load()).default
}

async function hydrate() {
  const lang = document.documentElement.lang
  const lng = isLocale(lang) ? lang : defaultLocale
  const translations = new Translations({}, fetchNamespace)
  translations.declared = document.querySelector<HTMLMetaElement>(`meta[name="${namespacesMeta}"]`)?.content ?? ''
  await translations.load(lng, ['common', ...translations.declared.split(',').filter((ns) => ns !== '')])
  startTransition(() => {
    hydrateRoot(
      document,
      <TranslationsProvider translations={translations}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </TranslationsProvider>,
    )
  })
}

void hydrate()
