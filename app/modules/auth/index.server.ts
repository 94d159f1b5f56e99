// The auth module's public face: sessions, guards and the current user.
export { getSession, createSession, invalidateSession, invalidateUserSessions, listUserSessions } from './session.server.ts'
export { requireUser, requireRole, hasRole, isRole, roles, type Role } from './guards.server.ts'
export { sessionCookie, clearSessionCookie } from './cookie.server.ts'
import { getSession } from './session.server.ts'

export async function getOptionalUser(request: Request) {
  const session = await getSession(request)
  return session?.user ?? null
}
