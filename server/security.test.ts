import { expect, test } from 'vitest'
import { contentSecurityPolicy, dropOpaqueOrigin, isSameOriginRequest } from './security.js'

test('reads are always allowed; writes only from our own origin', () => {
  expect(isSameOriginRequest({ method: 'GET', secFetchSite: 'cross-site', protocol: 'http' })).toBe(true)
  expect(isSameOriginRequest({ method: 'POST', secFetchSite: 'same-origin', protocol: 'http' })).toBe(true)
  expect(isSameOriginRequest({ method: 'POST', secFetchSite: 'same-site', protocol: 'http' })).toBe(false)
  expect(isSameOriginRequest({ method: 'POST', secFetchSite: 'cross-site', protocol: 'http' })).toBe(false)
  expect(isSameOriginRequest({ method: 'POST', origin: 'https://tamkeen.example', host: 'tamkeen.example', protocol: 'https' })).toBe(true)
  expect(isSameOriginRequest({ method: 'POST', origin: 'https://evil.example', host: 'tamkeen.example', protocol: 'https' })).toBe(false)
  expect(isSameOriginRequest({ method: 'POST', protocol: 'https', host: 'tamkeen.example' })).toBe(false)
})

test('the production policy allows only our origin and the nonced scripts', () => {
  const csp = contentSecurityPolicy('abc', false)
  expect(csp).toContain("script-src 'self' 'nonce-abc'")
  expect(csp).not.toContain('unsafe-inline')
  expect(csp).toContain("frame-ancestors 'none'")
})

test('a same-origin form post with the opaque `Origin: null` (no-referrer policy) is passed on without it', () => {
  expect(isSameOriginRequest({ method: 'POST', secFetchSite: 'same-origin', origin: 'null', host: 'tamkeen.example', protocol: 'https' })).toBe(true)
  const headers: Record<string, string> = { origin: 'null', host: 'tamkeen.example' }
  dropOpaqueOrigin(headers)
  expect(headers).toEqual({ host: 'tamkeen.example' })
  const real: Record<string, string> = { origin: 'https://tamkeen.example' }
  dropOpaqueOrigin(real)
  expect(real.origin).toBe('https://tamkeen.example')
})
