// Guards throw: a redirect to sign in when nobody is signed in, a 403 when the role is too low.
import { redirect } from '@remix-run/node'
import { requestLocale } from '#app/i18n/locale.server.ts'
import { roles, type Role } from './roles.ts'
import { getSession, type SessionUser } from './session.server.ts'

export { roles, type Role }

const rank: Record<Role, number> = { learner: 0, trainer: 1, coordinator: 2, admin: 3 }

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

export function hasRole(user: { role: string }, needed: Role): boolean {
  return isRole(user.role) && rank[user.role] >= rank[needed]
}

function loginRedirect(request: Request) {
  const url = new URL(request.url)
  const locale = requestLocale(request)
  const back = url.pathname + url.search
  return redirect(`/${locale}/login?redirectTo=${encodeURIComponent(back)}`)
}

export async function requireUser(request: Request): Promise<SessionUser & { sessionId: string }> {
  const session = await getSession(request)
  if (!session) throw loginRedirect(request)
  return { ...session.user, sessionId: session.sessionId }
}

export async function requireRole(request: Request, needed: Role) {
  const session = await getSession(request)
  if (!session) throw loginRedirect(request)
  if (!hasRole(session.user, needed)) throw new Response('Forbidden', { status: 403 })
  // coordinators and admins must have two-factor set up, and this session must have used it
  if ((needed === 'coordinator' || needed === 'admin') && !(session.user.totpSecret && session.twoFactorVerified)) {
    throw redirect(`/${requestLocale(request)}/me/two-factor?required=1`)
  }
  return { ...session.user, sessionId: session.sessionId }
}
