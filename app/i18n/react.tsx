// Interface strings in React components, on the server and in the browser (decision 014).
// The same JSON files and the same rules as i18next, which keeps the server's other work
// (loaders, actions, e-mails, certificates): keys nested with dots, `ns:key`, plural forms
// by Intl.PluralRules with `_zero` first for a count of 0, `{{name}}` filled in, a string
// missing in one language taken from the other, and the key itself when neither has it.
// i18next and react-i18next weigh 17 KB gzip in the browser, a sixth of the page budget;
// this does what the pages need in about one. app/i18n/react.test.ts checks, for every
// string of every namespace in both languages, that it answers exactly as i18next does,
// so a page rendered on the server hydrates without a difference.
import type { Namespace, TFunction } from 'i18next'
import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react'
import { defaultLocale, otherLocale, type Locale } from './config.ts'

type Bundle = { readonly [key: string]: unknown }
export type Bundles = Partial<Record<Locale, Partial<Record<string, Bundle>>>>
type Options = { readonly [name: string]: unknown }

const pluralRules = new Map<string, Intl.PluralRules>()
function pluralOf(lng: string, count: number): string {
  let rules = pluralRules.get(lng)
  if (!rules) pluralRules.set(lng, (rules = new Intl.PluralRules(lng)))
  return rules.select(count)
}

function lookup(bundle: Bundle, key: string): unknown {
  if (key in bundle) return bundle[key]
  let node: unknown = bundle
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Bundle)[part]
  }
  return node
}

function interpolate(text: string, options: Options | undefined): string {
  if (!text.includes('{{')) return text
  return text.replace(/\{\{(-?)(.+?)\}\}/g, (whole, _dash: string, name: string) => {
    const key = name.trim()
    const value = options ? lookup(options, key) : undefined
    if (value === undefined) return options && Object.prototype.hasOwnProperty.call(options, key) ? '' : whole
    return value === null ? '' : String(value)
  })
}

/** One string, as i18next's `t` gives it with the options Tamkeen uses (config.ts). */
export function translate(bundles: Bundles, lng: Locale, defaultNs: string, fullKey: string, given?: unknown): string {
  const options = typeof given === 'object' && given !== null ? (given as Options) : undefined
  const colon = fullKey.indexOf(':')
  const ns = typeof options?.ns === 'string' ? options.ns : colon > 0 ? fullKey.slice(0, colon) : defaultNs
  const key = colon > 0 ? fullKey.slice(colon + 1) : fullKey
  const count = options?.count
  for (const code of [lng, otherLocale(lng)]) {
    const bundle = bundles[code]?.[ns]
    if (!bundle) continue
    const candidates = typeof count === 'number' ? [...(count === 0 ? [`${key}_zero`] : []), `${key}_${pluralOf(code, count)}`, key] : [key]
    for (const candidate of candidates) {
      const found = lookup(bundle, candidate)
      if (typeof found === 'string') return interpolate(found, options)
    }
  }
  return key
}

/** The meta that lists the namespaces a page uses, and the mark the server replaces once the page is rendered. */
export const namespacesMeta = 'tamkeen-namespaces'
export const namespacesPending = 'namespaces-pending'

/**
 * The strings a page can use. On the server, every language and namespace, with a note of
 * the namespaces the page's components asked for: entry.server writes them into the page
 * (`<meta name="tamkeen-namespaces">`), and the browser fetches those, and only those,
 * before it hydrates. A later page that needs another namespace or language fetches it:
 * the component suspends, and since Remix renders a navigation as a transition, the
 * current page stays on screen until the strings have arrived (no raw keys, no flash).
 */
export class Translations {
  private version = 0
  private readonly listeners = new Set<() => void>()
  private readonly loading = new Map<string, Promise<void>>()
  /** The namespaces asked for while rendering (kept on the server for the page's meta). */
  readonly used = new Set<string>()
  /** What the page's meta says: in the browser, read from it; on the server, a mark entry.server fills in. */
  declared = namespacesPending

  constructor(
    readonly bundles: Bundles,
    private readonly fetchNamespace?: (lng: Locale, ns: string) => Promise<Bundle>,
  ) {}

  has(lng: Locale, ns: string): boolean {
    return this.bundles[lng]?.[ns] !== undefined
  }

  /** Fetches what is missing of these namespaces in a language; resolves when they can be shown. */
  load(lng: Locale, namespaces: readonly string[]): Promise<void> {
    const fetchNamespace = this.fetchNamespace
    if (!fetchNamespace) return Promise.resolve()
    const missing = namespaces.filter((ns) => !this.has(lng, ns))
    return Promise.all(
      missing.map((ns) => {
        const id = `${lng}/${ns}`
        let pending = this.loading.get(id)
        if (!pending) {
          pending = fetchNamespace(lng, ns)
            // a failed download must not keep the page waiting, nor ask again on every render
            // (a browser remembers a failed module): the strings fall back to the other
            // language where it is loaded, or show their keys
            .catch((error: unknown) => (console.error(error), {}))
            .then((bundle) => {
              this.bundles[lng] = { ...this.bundles[lng], [ns]: bundle }
              this.version++
              for (const listener of this.listeners) listener()
            })
          this.loading.set(id, pending)
        }
        return pending
      }),
    ).then(() => undefined)
  }

  readonly subscribe = (listener: () => void) => {
    this.listeners.add(listener)
    return () => void this.listeners.delete(listener)
  }

  readonly snapshot = () => this.version
}

/** In the document's head: the namespaces the page used (see Translations). */
export function NamespacesMeta() {
  return <meta name={namespacesMeta} content={useContext(TranslationsContext).declared} />
}

const TranslationsContext = createContext<Translations>(new Translations({}))
const LanguageContext = createContext<Locale>(defaultLocale)

/** At the top of the tree: the strings this page can use. */
export function TranslationsProvider({ translations, children }: { translations: Translations; children: ReactNode }) {
  return <TranslationsContext.Provider value={translations}>{children}</TranslationsContext.Provider>
}

/** Around the document: the page's language (the root loader's). */
export function LanguageProvider({ language, children }: { language: Locale; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>
}

/** `t` for a namespace in the page's language, typed by the English files (i18next.d.ts). */
export function useTranslation<N extends Namespace = 'common'>(ns?: N): { t: TFunction<N>; i18n: { language: Locale } } {
  const translations = useContext(TranslationsContext)
  const language = useContext(LanguageContext)
  const version = useSyncExternalStore(translations.subscribe, translations.snapshot, translations.snapshot)
  const namespace = typeof ns === 'string' ? ns : 'common'
  translations.used.add(namespace)
  // in the browser, a namespace not fetched yet: wait for it (see Translations)
  if (!translations.has(language, namespace)) throw translations.load(language, [namespace])
  return useMemo(() => {
    const t = (key: string, options?: unknown) => translate(translations.bundles, language, namespace, key, options)
    // the version is read so that a namespace arriving gives a new `t`, and the page re-renders
    void version
    return { t: t as unknown as TFunction<N>, i18n: { language } }
  }, [translations, language, namespace, version])
}
