// The interface's own strings, so a browser test reads a page as a person in that language would.
import fs from 'node:fs'
import path from 'node:path'

export type Lang = 'ar' | 'en'

/** A lookup for one namespace in one language; throws on a missing key so a typo fails loudly. */
export function strings(lang: Lang, ns: string): (key: string, values?: Record<string, string | number>) => string {
  const file = path.resolve(import.meta.dirname, `../public/locales/${lang}/${ns}.json`)
  const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'))
  return (key, values) => {
    const found = key.split('.').reduce<unknown>((node, part) => (node && typeof node === 'object' ? Reflect.get(node, part) : undefined), json)
    if (typeof found !== 'string') throw new Error(`no string ${ns}:${key} in ${lang}`)
    return found.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (values && name in values ? String(values[name]) : whole))
  }
}

/** A number as the page writes it in that language (Arabic-Indic digits in Arabic). */
export function numberIn(lang: Lang, value: number): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-SY' : 'en-GB').format(value)
}

/** A share (0–1) as the page writes it, in whole percent. */
export function percentIn(lang: Lang, share: number): string {
  return new Intl.NumberFormat(lang === 'ar' ? 'ar-SY' : 'en-GB', { style: 'percent', maximumFractionDigits: 0 }).format(share)
}
