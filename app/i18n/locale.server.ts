// Which language a request wants: the URL prefix first; for bare URLs the person's saved
// preference, then the `lang` cookie, then Accept-Language, then Arabic.
import { defaultLocale, isLocale, type Locale } from './config.ts'

export const LANG_COOKIE = 'lang'

export function localeFromPath(pathname: string): Locale | null {
  const first = pathname.split('/')[1]
  return isLocale(first) ? first : null
}

export function localeFromCookie(cookieHeader: string | null): Locale | null {
  if (!cookieHeader) return null
  for (const part of cookieHeader.split(';')) {
    const [name, value] = part.trim().split('=')
    if (name === LANG_COOKIE && isLocale(value)) return value
  }
  return null
}

export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())).find(Boolean)
      return { base: tag.toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index }
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index)
  return ranked.map((r) => r.base).find(isLocale) ?? null
}

export function detectLocale(request: Request, preferred?: string | null): Locale {
  if (isLocale(preferred)) return preferred
  return (
    localeFromCookie(request.headers.get('Cookie')) ??
    localeFromAcceptLanguage(request.headers.get('Accept-Language')) ??
    defaultLocale
  )
}

export function requestLocale(request: Request): Locale {
  return localeFromPath(new URL(request.url).pathname) ?? detectLocale(request)
}

export function langCookie(locale: Locale): string {
  return `${LANG_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly`
}
