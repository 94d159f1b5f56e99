import { RemixBrowser } from '@remix-run/react'
import i18next from 'i18next'
import { startTransition, StrictMode } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { I18nextProvider, initReactI18next } from 'react-i18next'
import { i18nOptions, isLocale, defaultLocale } from '#app/i18n/config.ts'

// only the page's language is downloaded; the other loads when the person switches
const bundles = import.meta.glob<{ default: Record<string, unknown> }>('../public/locales/*/*.json')

async function loadLanguage(lng: string) {
  const entries = Object.entries(bundles).filter(([file]) => file.includes(`/locales/${lng}/`))
  await Promise.all(
    entries.map(async ([file, load]) => {
      const ns = file.split('/').pop()?.replace('.json', '') ?? 'common'
      i18next.addResourceBundle(lng, ns, (await load()).default, true, true)
    }),
  )
}

async function hydrate() {
  const lang = document.documentElement.lang
  const lng = isLocale(lang) ? lang : defaultLocale
  await i18next.use(initReactI18next).init({ ...i18nOptions, lng, resources: {} })
  await loadLanguage(lng)
  i18next.on('languageChanged', (next) => void loadLanguage(next))
  startTransition(() => {
    hydrateRoot(
      document,
      <I18nextProvider i18n={i18next}>
        <StrictMode>
          <RemixBrowser />
        </StrictMode>
      </I18nextProvider>,
    )
  })
}

void hydrate()
