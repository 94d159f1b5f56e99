// Where to go after signing in: only a path on this site, never another origin.
export function safeRedirect(to: unknown, fallback: string): string {
  if (typeof to !== 'string' || to.length === 0 || to.length > 1000) return fallback
  if (!to.startsWith('/') || to.startsWith('//') || to.startsWith('/\\')) return fallback
  if (/[\p{Cc}\\]/u.test(to)) return fallback
  // the URL parser is the final judge: the result must stay on our origin
  const base = 'http://tamkeen.invalid'
  try {
    const url = new URL(to, base)
    if (url.origin !== base) return fallback
    return url.pathname + url.search + url.hash
  } catch {
    return fallback
  }
}
