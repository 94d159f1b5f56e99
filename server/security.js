// Security headers and the same-origin rule for state-changing requests, applied to every
// response by server/index.js (pages, data requests and static files alike).
import crypto from 'node:crypto'

/** @param {string} nonce @param {boolean} dev */
export function contentSecurityPolicy(nonce, dev) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-inline'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join('; ')
}

export const permissionsPolicy =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()'

/** @param {{ dev: boolean }} options */
export function securityHeaders({ dev }) {
  /** @type {import('express').RequestHandler} */
  return (req, res, next) => {
    const nonce = crypto.randomBytes(16).toString('base64')
    res.locals.cspNonce = nonce
    if (!dev) res.setHeader('Content-Security-Policy', contentSecurityPolicy(nonce, dev))
    res.setHeader('Referrer-Policy', 'no-referrer')
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('X-Frame-Options', 'DENY')
    res.setHeader('Permissions-Policy', permissionsPolicy)
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin')
    if (req.secure) res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains')
    next()
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * A state-changing request must come from our own pages: `Sec-Fetch-Site: same-origin`,
 * or, from browsers that do not send it, an `Origin` equal to ours.
 * @param {{ method: string, secFetchSite?: string, origin?: string, host?: string, protocol: string }} r
 */
export function isSameOriginRequest(r) {
  if (SAFE_METHODS.has(r.method)) return true
  if (r.secFetchSite) return r.secFetchSite === 'same-origin'
  if (!r.origin || !r.host) return false
  return r.origin === `${r.protocol}://${r.host}`
}

/**
 * With `Referrer-Policy: no-referrer`, browsers send `Origin: null` on plain form posts (every
 * post when JavaScript is off). Remix's own check reads "null" as a foreign host and aborts the
 * action; call this only after our stricter check passed, when the opaque value says nothing more.
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function dropOpaqueOrigin(headers) {
  if (headers.origin === 'null') delete headers.origin
}

/** @type {import('express').RequestHandler} */
export function sameOriginOnly(req, res, next) {
  const ok = isSameOriginRequest({
    method: req.method,
    secFetchSite: req.get('sec-fetch-site'),
    origin: req.get('origin'),
    host: req.get('host'),
    protocol: req.protocol,
  })
  if (ok) {
    dropOpaqueOrigin(req.headers)
    return next()
  }
  res
    .status(403)
    .type('text/plain; charset=utf-8')
    .send('403 — This form must be sent from Tamkeen itself.\n403 — يجب إرسال هذا النموذج من منصة تمكين نفسها.')
}
