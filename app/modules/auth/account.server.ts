// Accounts: registering, signing in (with the two-factor step), changing the password,
// the data export and deletion. Routes call these and only render what comes back.
import { prisma } from '#app/db.server.ts'
import { recordAudit } from '#app/modules/audit/index.server.ts'
import { clearSessionCookie, readSessionToken, sessionCookie } from './cookie.server.ts'
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.server.ts'
import { rateLimiter } from './rate-limit.server.ts'
import { sessionIdFromToken } from './session-rules.ts'
import { createSession, invalidateSession, invalidateUserSessions, markTwoFactorVerified } from './session.server.ts'
import { verifySecondFactor } from './two-factor.server.ts'

type Refused = { kind: 'rateLimited'; retryAfterSeconds: number }

/** A sign-in replaces whatever session this browser had: never reuse one across sign-ins. */
async function endBrowserSession(request: Request) {
  const token = readSessionToken(request)
  if (token) await invalidateSession(sessionIdFromToken(token))
}

/** Signs this browser out (also a half-finished two-factor sign-in); returns the cookie that clears it. */
export async function signOut(request: Request): Promise<string> {
  await endBrowserSession(request)
  return clearSessionCookie(request)
}

async function startSession(request: Request, userId: string, twoFactorVerified: boolean) {
  await endBrowserSession(request)
  const { token, session } = await createSession(userId, request.headers.get('User-Agent') ?? '', twoFactorVerified)
  return sessionCookie(request, token, session.expiresAt)
}

export async function registerAccount(
  request: Request,
  ip: string | undefined,
  input: { username: string; displayName: string; email: string; password: string; locale: string },
): Promise<Refused | { kind: 'taken'; field: 'username' | 'email' } | { kind: 'created'; cookie: string }> {
  const verdict = await rateLimiter.attempt('register', { account: input.username, ip })
  if (!verdict.allowed) return { kind: 'rateLimited', retryAfterSeconds: verdict.retryAfterSeconds }
  const email = input.email || null
  const [byName, byEmail] = await Promise.all([
    prisma.user.findUnique({ where: { username: input.username }, select: { id: true } }),
    email ? prisma.user.findUnique({ where: { email }, select: { id: true } }) : null,
  ])
  if (byName) return { kind: 'taken', field: 'username' }
  if (byEmail) return { kind: 'taken', field: 'email' }
  const passwordHash = await hashPassword(input.password)
  let userId: string
  try {
    const user = await prisma.user.create({
      data: {
        username: input.username,
        displayName: input.displayName || input.username,
        email,
        passwordHash,
        preferredLocale: input.locale,
      },
      select: { id: true },
    })
    userId = user.id
  } catch (error) {
    // someone took the name between the check and now
    if (error instanceof Error && 'code' in error && error.code === 'P2002') return { kind: 'taken', field: 'username' }
    throw error
  }
  await recordAudit({ actorId: userId, action: 'account.created', subject: `user:${userId}` })
  return { kind: 'created', cookie: await startSession(request, userId, false) }
}

export async function signIn(
  request: Request,
  ip: string | undefined,
  input: { username: string; password: string },
): Promise<Refused | { kind: 'invalid' } | { kind: 'signedIn' | 'needsTwoFactor'; cookie: string }> {
  const verdict = await rateLimiter.attempt('login', { account: input.username, ip })
  if (!verdict.allowed) return { kind: 'rateLimited', retryAfterSeconds: verdict.retryAfterSeconds }
  const user = await prisma.user.findUnique({
    where: { username: input.username },
    select: { id: true, passwordHash: true, totpSecret: true, deletedAt: true },
  })
  // the same work whether or not the account exists, so timing tells nothing either
  const ok = user?.passwordHash && !user.deletedAt ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password)
  if (!user || !ok) return { kind: 'invalid' }
  await rateLimiter.reset('login', 'account', input.username)
  const needsTwoFactor = Boolean(user.totpSecret)
  const cookie = await startSession(request, user.id, false)
  return { kind: needsTwoFactor ? 'needsTwoFactor' : 'signedIn', cookie }
}

/** The second step: a code from the app or a recovery code turns the pending session into a real one. */
export async function completeTwoFactor(
  pending: { sessionId: string; userId: string },
  ip: string | undefined,
  code: string,
): Promise<Refused | { kind: 'invalid' } | { kind: 'verified'; method: 'totp' | 'recovery' }> {
  const verdict = await rateLimiter.attempt('totp', { account: pending.userId, ip })
  if (!verdict.allowed) return { kind: 'rateLimited', retryAfterSeconds: verdict.retryAfterSeconds }
  const method = await verifySecondFactor(pending.userId, code)
  if (!method) return { kind: 'invalid' }
  await markTwoFactorVerified(pending.sessionId)
  await rateLimiter.reset('totp', 'account', pending.userId)
  return { kind: 'verified', method }
}

/** Checks a second factor for someone already signed in (turning two-factor off, new codes). */
export async function checkTotpAttempt(userId: string, ip: string | undefined): Promise<Refused | null> {
  const verdict = await rateLimiter.attempt('totp', { account: userId, ip })
  return verdict.allowed ? null : { kind: 'rateLimited', retryAfterSeconds: verdict.retryAfterSeconds }
}

async function checkCurrentPassword(userId: string, ip: string | undefined, password: string): Promise<Refused | { kind: 'wrongPassword' } | null> {
  const verdict = await rateLimiter.attempt('password', { account: userId, ip })
  if (!verdict.allowed) return { kind: 'rateLimited', retryAfterSeconds: verdict.retryAfterSeconds }
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { passwordHash: true } })
  const ok = user?.passwordHash ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password)
  return ok ? null : { kind: 'wrongPassword' }
}

/** A new password ends every other session: whoever else was signed in is signed out. */
export async function changePassword(
  user: { id: string; sessionId: string },
  ip: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<Refused | { kind: 'wrongPassword' } | { kind: 'changed' }> {
  const refused = await checkCurrentPassword(user.id, ip, input.currentPassword)
  if (refused) return refused
  const passwordHash = await hashPassword(input.newPassword)
  await prisma.user.update({ where: { id: user.id }, data: { passwordHash }, select: { id: true } })
  await invalidateUserSessions(user.id, user.sessionId)
  await recordAudit({ actorId: user.id, action: 'password.changed', subject: `user:${user.id}` })
  return { kind: 'changed' }
}

/**
 * Removes the person: name, email, password, two-factor, sessions and learning records go.
 * The row stays as a tombstone (so audit entries still point somewhere), and certificates,
 * which verifiers must still be able to check, keep no name and no link to the account.
 */
export async function deleteAccount(
  userId: string,
  ip: string | undefined,
  password: string,
): Promise<Refused | { kind: 'wrongPassword' } | { kind: 'deleted' }> {
  const refused = await checkCurrentPassword(userId, ip, password)
  if (refused) return refused
  await prisma.$transaction([
    prisma.certificate.updateMany({ where: { userId }, data: { userId: null, nameArabic: null, nameLatin: null } }),
    prisma.certificateRequest.deleteMany({ where: { userId } }),
    prisma.attempt.deleteMany({ where: { userId } }),
    prisma.lessonProgress.deleteMany({ where: { userId } }),
    prisma.moduleProgress.deleteMany({ where: { userId } }),
    prisma.enrollment.deleteMany({ where: { userId } }),
    prisma.cohortTrainer.deleteMany({ where: { userId } }),
    prisma.recoveryCode.deleteMany({ where: { userId } }),
    prisma.session.deleteMany({ where: { userId } }),
    prisma.user.update({
      where: { id: userId },
      data: {
        // ':' cannot appear in a username, so the tombstone never collides and the name is free again
        username: `deleted:${userId}`,
        displayName: '',
        email: null,
        role: 'learner',
        passwordHash: null,
        totpSecret: null,
        totpPendingSecret: null,
        totpLastStep: null,
        activationCode: null,
        activationExpires: null,
        deletedAt: new Date(),
      },
      select: { id: true },
    }),
  ])
  await recordAudit({ actorId: null, action: 'account.deleted', subject: `user:${userId}` })
  return { kind: 'deleted' }
}

/** Everything we hold about a person, for "download my data". Secrets are named, never included. */
export async function exportAccountData(userId: string) {
  const [user, auditAboutMe] = await Promise.all([
    prisma.user.findUniqueOrThrow({
      where: { id: userId },
      select: {
        username: true,
        displayName: true,
        email: true,
        preferredLocale: true,
        role: true,
        createdAt: true,
        updatedAt: true,
        passwordHash: true,
        totpSecret: true,
        sessions: { select: { userAgent: true, createdAt: true, lastSeenAt: true, expiresAt: true }, orderBy: { createdAt: 'desc' } },
        recoveryCodes: { select: { createdAt: true, usedAt: true } },
        enrollments: { select: { courseId: true, cohortId: true, status: true, createdAt: true, updatedAt: true } },
        lessonProgress: { select: { lessonId: true, completedAt: true } },
        attempts: {
          select: {
            quizId: true,
            score: true,
            maxScore: true,
            percent: true,
            passed: true,
            submittedAt: true,
            answers: { select: { questionId: true, response: true, correct: true, points: true } },
          },
        },
        certificates: { select: { code: true, courseId: true, nameArabic: true, nameLatin: true, issuedAt: true, revokedAt: true, revocationReason: true } },
        certRequests: { select: { courseId: true, nameArabic: true, nameLatin: true, createdAt: true, updatedAt: true } },
        cohortsTrained: { select: { cohortId: true } },
      },
    }),
    prisma.auditEvent.findMany({
      where: { OR: [{ actorId: userId }, { subject: `user:${userId}` }] },
      select: { action: true, subject: true, at: true, details: true },
      orderBy: { at: 'desc' },
      take: 5000,
    }),
  ])
  const { passwordHash, totpSecret, recoveryCodes, ...rest } = user
  return {
    exportedAt: new Date().toISOString(),
    account: {
      ...rest,
      hasPassword: Boolean(passwordHash),
      twoFactorEnabled: Boolean(totpSecret),
      recoveryCodes: recoveryCodes.map((c) => ({ createdAt: c.createdAt, used: Boolean(c.usedAt), usedAt: c.usedAt })),
    },
    auditEvents: auditAboutMe,
  }
}
