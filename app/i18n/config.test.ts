import { describe, expect, test } from 'vitest'
import { createInstance } from 'i18next'
import { i18nOptions, switchLocalePath } from './config.ts'
import { formatDate, formatNumber } from './format.ts'
import { detectLocale, localeFromAcceptLanguage, localeFromPath } from './locale.server.ts'
import { resources } from './resources.ts'

describe('language detection', () => {
  test('the URL prefix decides', () => {
    expect(localeFromPath('/en/courses')).toBe('en')
    expect(localeFromPath('/ar')).toBe('ar')
    expect(localeFromPath('/fr/courses')).toBeNull()
  })
  test('preference, then cookie, then Accept-Language, then Arabic', () => {
    const req = (headers: Record<string, string>) => new Request('http://x/', { headers })
    expect(detectLocale(req({ Cookie: 'lang=ar', 'Accept-Language': 'en' }), 'en')).toBe('en')
    expect(detectLocale(req({ Cookie: 'a=1; lang=en', 'Accept-Language': 'ar' }))).toBe('en')
    expect(detectLocale(req({ 'Accept-Language': 'fr;q=0.9, en-GB;q=0.8, ar;q=0.5' }))).toBe('en')
    expect(detectLocale(req({ 'Accept-Language': 'de, fr' }))).toBe('ar')
    expect(localeFromAcceptLanguage('en;q=0, ar-SY')).toBe('ar')
  })
})

test('the language switch keeps the path and query', () => {
  expect(switchLocalePath('/ar/courses/x?y=1', 'en')).toBe('/en/courses/x?y=1')
  expect(switchLocalePath('/en', 'ar')).toBe('/ar')
  expect(switchLocalePath('/english-page', 'ar')).toBe('/ar')
})

test('Arabic uses its six plural forms', async () => {
  const i18n = createInstance()
  await i18n.init({ ...i18nOptions, lng: 'ar', resources })
  expect(i18n.t('home.courseCount', { count: 0 })).toBe('لا توجد دورات بعد')
  expect(i18n.t('home.courseCount', { count: 2 })).toBe('دورتان متاحتان')
  expect(i18n.t('home.courseCount', { count: 3 })).toBe('3 دورات متاحة')
  expect(i18n.t('home.courseCount', { count: 11 })).toBe('11 دورة متاحة')
  await i18n.changeLanguage('en')
  expect(i18n.t('home.courseCount', { count: 1 })).toBe('One course available')
  expect(i18n.t('home.courseCount', { count: 5 })).toBe('5 courses available')
})

test('numbers and dates follow the page language', () => {
  expect(formatNumber(1234, 'ar')).toBe('١٬٢٣٤')
  expect(formatNumber(1234, 'en')).toBe('1,234')
  expect(formatDate(new Date('2026-03-05T12:00:00Z'), 'en')).toBe('5 March 2026')
  expect(formatDate(new Date('2026-03-05T12:00:00Z'), 'ar')).toContain('آذار')
})
