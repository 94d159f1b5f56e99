// The auth module's public face: sessions, guards, accounts, two-factor and rate limits.
export {
  getSession,
  getPendingTwoFactorSession,
  createSession,
  invalidateSession,
  invalidateUserSessions,
  endUserSession,
  listUserSessions,
} from './session.server.ts'
export { requireUser, requireRole, hasRole, isRole, roles, type Role } from './guards.server.ts'
export { sessionCookie, clearSessionCookie } from './cookie.server.ts'
export {
  registerAccount,
  signIn,
  signOut,
  completeTwoFactor,
  checkTotpAttempt,
  changePassword,
  deleteAccount,
  exportAccountData,
} from './account.server.ts'
export {
  getTwoFactorStatus,
  startTotpSetup,
  cancelTotpSetup,
  confirmTotpSetup,
  disableTotp,
  regenerateRecoveryCodes,
} from './two-factor.server.ts'
export { findAccounts, changeRole, ACCOUNTS_PAGE_SIZE } from './admin.server.ts'
export { rateLimiter, createRateLimiter } from './rate-limit.server.ts'
export * from './index.ts'
// also used by cohorts: trainer-created accounts set their own password with an activation code
export { hashPassword, verifyPassword } from './password.server.ts'
export { checkPassword, type PasswordProblem } from './password-policy.ts'
export { parseNewPasswordForm } from './forms.server.ts'
export { normalizeUsername, usernameProblem, normalizeDisplayName, displayNameProblem } from './username.ts'
import { getSession } from './session.server.ts'

export async function getOptionalUser(request: Request) {
  const session = await getSession(request)
  return session?.user ?? null
}
