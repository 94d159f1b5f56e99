// The session cookie: HttpOnly, SameSite=Lax, Path=/; Secure with the __Host- prefix under HTTPS.
const PLAIN = 'tamkeen_session'
const HOST = '__Host-tamkeen_session'

export function isSecureRequest(request: Request): boolean {
  return new URL(request.url).protocol === 'https:'
}

export function readSessionToken(request: Request): string | null {
  const header = request.headers.get('Cookie')
  if (!header) return null
  const wanted = isSecureRequest(request) ? HOST : PLAIN
  for (const part of header.split(';')) {
    const index = part.indexOf('=')
    if (index < 0) continue
    if (part.slice(0, index).trim() === wanted) {
      const value = part.slice(index + 1).trim()
      return /^[a-z2-7]{20,64}$/.test(value) ? value : null
    }
  }
  return null
}

export function sessionCookie(request: Request, token: string, expiresAt: Date): string {
  const secure = isSecureRequest(request)
  const name = secure ? HOST : PLAIN
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - Date.now()) / 1000))
  return `${name}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? '; Secure' : ''}`
}

export function clearSessionCookie(request: Request): string {
  const secure = isSecureRequest(request)
  return `${secure ? HOST : PLAIN}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`
}
