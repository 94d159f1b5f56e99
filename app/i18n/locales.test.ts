import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

const dir = path.resolve(import.meta.dirname, '../../public/locales')

function keys(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
  }
  return [prefix]
}

// Arabic has six plural forms, English two: a key may carry plural suffixes the other lacks
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '')

describe('locale files', () => {
  const namespaces = fs.readdirSync(path.join(dir, 'en')).filter((f) => f.endsWith('.json'))

  test('both languages have the same namespaces', () => {
    expect(fs.readdirSync(path.join(dir, 'ar')).filter((f) => f.endsWith('.json')).sort()).toEqual(namespaces.sort())
  })

  for (const ns of namespaces) {
    test(`${ns}: every key exists in Arabic and English, and none is empty`, () => {
      const ar = JSON.parse(fs.readFileSync(path.join(dir, 'ar', ns), 'utf8'))
      const en = JSON.parse(fs.readFileSync(path.join(dir, 'en', ns), 'utf8'))
      const arKeys = new Set(keys(ar).map(base))
      const enKeys = new Set(keys(en).map(base))
      expect([...enKeys].filter((k) => !arKeys.has(k)), 'missing in ar').toEqual([])
      expect([...arKeys].filter((k) => !enKeys.has(k)), 'missing in en').toEqual([])
      const empty = [...keys(ar), ...keys(en)].filter((k) => k !== '' && k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)?.[p], k in ar ? ar : en) === '')
      expect(empty).toEqual([])
    })
  }

  test('Arabic plural keys have all six forms', () => {
    for (const ns of namespaces) {
      const ar = JSON.parse(fs.readFileSync(path.join(dir, 'ar', ns), 'utf8'))
      const plurals = keys(ar).filter((k) => /_(zero|one|two|few|many|other)$/.test(k))
      const groups = new Map<string, Set<string>>()
      for (const k of plurals) {
        const b = base(k)
        groups.set(b, (groups.get(b) ?? new Set()).add(k.slice(b.length + 1)))
      }
      for (const [key, forms] of groups) expect([...forms].sort(), `${ns}:${key}`).toEqual(['few', 'many', 'one', 'other', 'two', 'zero'])
    }
  })
})
