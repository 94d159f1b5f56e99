import { createInstance, type i18n } from 'i18next'
import { beforeAll, describe, expect, test, vi } from 'vitest'
import { i18nOptions, locales, namespaces, type Locale } from './config.ts'
import { translate, Translations, type Bundles } from './react.tsx'
import { resources } from './resources.ts'

// every key of a namespace, with plural suffixes folded into their base key
function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix]
  return Object.entries(node).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
}
const pluralSuffix = /_(zero|one|two|few|many|other)$/
// i18next's own `t`, without the key types (the test asks for keys by the thousand)
const untyped = (engine: i18n) => engine.t as unknown as (key: string, options?: object) => string

async function instance(lng: Locale, bundles: Bundles): Promise<i18n> {
  const i18n = createInstance()
  await i18n.init({ ...i18nOptions, lng, resources: bundles as never })
  return i18n
}

describe('the components answer exactly as i18next does', () => {
  const engines = {} as Record<Locale, i18n>
  beforeAll(async () => {
    for (const lng of locales) engines[lng] = await instance(lng, resources)
  })

  for (const lng of locales)
    for (const ns of namespaces)
      test(`${lng}/${ns}.json, every string`, () => {
        const keys = new Set(locales.flatMap((l) => keysOf(resources[l][ns]).map((k) => k.replace(pluralSuffix, ''))))
        let compared = 0
        for (const key of keys) {
          const texts = locales.flatMap((l) => keysOf(resources[l][ns]).filter((k) => k === key || k.replace(pluralSuffix, '') === key))
          const names = new Set(
            texts.flatMap((k) => {
              const text = k.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[lng][ns])
              return [...String(text).matchAll(/\{\{-?\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? '')
            }),
          )
          const values = Object.fromEntries([...names].map((n, i) => [n, `«${n}-${i}»`]))
          const cases = [undefined, values, ...[0, 1, 2, 3, 5, 11, 100, 101].map((count) => ({ ...values, count }))]
          for (const options of cases) {
            expect(translate(resources, lng, ns, key, options), `${lng} ${ns}:${key} ${JSON.stringify(options)}`).toBe(untyped(engines[lng])(key, { ns, ...options }))
            compared++
          }
        }
        expect(compared).toBeGreaterThan(10)
      })
})

describe('the edges', () => {
  const bundles: Bundles = {
    ar: { common: { only: 'عربي', both: 'كلاهما {{name}}', n_one: 'واحد', n_other: '{{count}} أخرى' }, auth: { deep: { key: 'مفتاح' } } },
    en: { common: { onlyEn: 'English only', both: 'both {{name}}', n_zero: 'none', n_one: 'one', n_other: '{{count}} others' } },
  }
  let ar: i18n
  let en: i18n
  beforeAll(async () => {
    ar = await instance('ar', bundles)
    en = await instance('en', bundles)
  })
  const cases: [Locale, string, Record<string, unknown> | undefined][] = [
    ['ar', 'onlyEn', undefined], // missing in Arabic: the English string
    ['en', 'only', undefined], // and the other way round
    ['ar', 'missing.key', undefined], // in neither: the key
    ['ar', 'auth:deep.key', undefined], // a namespace in the key
    ['en', 'deep.key', { ns: 'auth' }], // or in the options (only Arabic has it)
    ['ar', 'both', {}], // a value not given stays as written
    ['ar', 'both', { name: undefined }], // given as undefined: empty
    ['ar', 'both', { name: null }],
    ['en', 'both', { name: 42 }],
    ['ar', 'n', { count: 0 }], // no Arabic form for 0 here: English's _zero, before Arabic's _other
    ['en', 'n', { count: 0 }],
    ['en', 'n', { count: 7 }],
  ]
  for (const [lng, key, options] of cases)
    test(`${lng} ${key} ${JSON.stringify(options)}`, () => {
      expect(translate(bundles, lng, 'common', key, options)).toBe(untyped(lng === 'ar' ? ar : en)(key, options))
    })
})

describe('fetching namespaces in the browser', () => {
  test('each namespace once, however many components ask; the page is told when it arrives', async () => {
    const fetched: string[] = []
    const translations = new Translations({}, async (lng, ns) => (fetched.push(`${lng}/${ns}`), resources[lng][ns as 'common']))
    const changed = vi.fn()
    translations.subscribe(changed)
    await Promise.all([translations.load('ar', ['common', 'courses']), translations.load('ar', ['courses'])])
    expect(fetched).toEqual(['ar/common', 'ar/courses'])
    expect(translations.has('ar', 'courses') && !translations.has('en', 'courses')).toBe(true)
    expect(changed).toHaveBeenCalledTimes(2)
    expect(translate(translations.bundles, 'ar', 'common', 'appName')).toBe(resources.ar.common.appName)
  })

  test('a failed download settles (no endless retry): the other language if loaded, else the key', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const translations = new Translations({ en: { common: resources.en.common } }, () => Promise.reject(new Error('offline')))
    await translations.load('ar', ['common', 'auth'])
    expect(translations.has('ar', 'common')).toBe(true)
    expect(translate(translations.bundles, 'ar', 'common', 'appName')).toBe(resources.en.common.appName)
    expect(translate(translations.bundles, 'ar', 'auth', 'login.submit')).toBe('login.submit')
    expect(error).toHaveBeenCalledTimes(2)
    error.mockRestore()
  })
})
