import { prisma } from '#app/db.server.ts'
import { perRequest } from '#app/modules/per-request.server.ts'
import { bool, date, optionalDate, optionalText, text } from '#app/modules/raw-rows.server.ts'
import { readSessionToken } from './cookie.server.ts'
import {
  generateSessionToken,
  initialExpiry,
  judgeSession,
  sessionIdFromToken,
  tokenMatches,
} from './session-rules.ts'

export type SessionUser = {
  id: string
  username: string
  displayName: string
  role: string
  preferredLocale: string
  totpSecret: string | null
}

export async function createSession(userId: string, userAgent: string, twoFactorVerified: boolean) {
  const token = generateSessionToken()
  const now = new Date()
  const session = await prisma.session.create({
    data: {
      id: sessionIdFromToken(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: initialExpiry(now),
      userAgent: deviceHint(userAgent),
      twoFactorVerified,
    },
    select: { id: true, expiresAt: true },
  })
  return { token, session }
}

// After the password, someone with two-factor holds a session that is not yet verified; it
// counts for nothing but the second step, and only for a few minutes.
export const PENDING_TWO_FACTOR_MS = 10 * 60 * 1000

// Every signed-in request starts here, so the session and its person are read in one plain
// SQL join (the same text on SQLite and PostgreSQL) rather than through Prisma's query
// builder, which made it two queries and took 50 times the database's own time
// (bench/RESULTS.md). Each column is checked as it is read.
async function findSessionRow(id: string) {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT s."id", s."createdAt", s."lastSeenAt", s."expiresAt", s."twoFactorVerified",
      u."id" AS "userId", u."username", u."displayName", u."role", u."preferredLocale", u."totpSecret", u."deletedAt"
    FROM "Session" s JOIN "User" u ON u."id" = s."userId"
    WHERE s."id" = ${id}`
  const r = rows[0]
  if (!r) return null
  return {
    id: text(r.id),
    createdAt: date(r.createdAt),
    lastSeenAt: date(r.lastSeenAt),
    expiresAt: date(r.expiresAt),
    twoFactorVerified: bool(r.twoFactorVerified),
    deletedAt: optionalDate(r.deletedAt),
    user: {
      id: text(r.userId),
      username: text(r.username),
      displayName: text(r.displayName),
      role: text(r.role),
      preferredLocale: text(r.preferredLocale),
      totpSecret: optionalText(r.totpSecret),
    } satisfies SessionUser,
  }
}

async function loadSession(token: string) {
  const id = sessionIdFromToken(token)
  const row = await findSessionRow(id)
  if (!row || !tokenMatches(token, row.id) || row.deletedAt) return null
  const now = new Date()
  const pending = Boolean(row.user.totpSecret) && !row.twoFactorVerified
  const verdict = judgeSession(row, now)
  if (verdict.kind === 'expired' || (pending && now.getTime() - row.createdAt.getTime() > PENDING_TWO_FACTOR_MS)) {
    await prisma.session.deleteMany({ where: { id } })
    return null
  }
  if (verdict.kind === 'touch' && !pending) {
    await prisma.session.update({
      where: { id },
      data: { lastSeenAt: verdict.lastSeenAt, expiresAt: verdict.expiresAt },
      select: { id: true },
    })
  }
  return { sessionId: row.id, twoFactorVerified: row.twoFactorVerified, pending, user: row.user }
}

/** A signed-in session: valid, and through two-factor when the account has it. */
export async function validateSessionToken(token: string) {
  const session = await loadSession(token)
  if (!session || session.pending) return null
  return { sessionId: session.sessionId, twoFactorVerified: session.twoFactorVerified, user: session.user }
}

// The root loader and the page's own loader both ask who is signed in: the answer is read
// once per request (the same Request object reaches every loader of a render).
const sessionOnce = perRequest(validateSessionToken, (token) => token)

export function getSession(request: Request) {
  const token = readSessionToken(request)
  return token ? sessionOnce(request, token) : Promise.resolve(null)
}

/** The session waiting for its second factor, if this request carries one. */
export async function getPendingTwoFactorSession(request: Request) {
  const token = readSessionToken(request)
  const session = token ? await loadSession(token) : null
  return session?.pending ? { sessionId: session.sessionId, user: session.user } : null
}

export async function markTwoFactorVerified(sessionId: string) {
  await prisma.session.update({ where: { id: sessionId }, data: { twoFactorVerified: true }, select: { id: true } })
}

export async function invalidateSession(sessionId: string) {
  await prisma.session.deleteMany({ where: { id: sessionId } })
}

/** Ends one of this person's sessions; someone else's id matches nothing. */
export async function endUserSession(userId: string, sessionId: string) {
  const { count } = await prisma.session.deleteMany({ where: { id: sessionId, userId } })
  return count > 0
}

export async function invalidateUserSessions(userId: string, exceptSessionId?: string) {
  await prisma.session.deleteMany({
    where: { userId, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
  })
}

export async function listUserSessions(userId: string) {
  return prisma.session.findMany({
    where: { userId, expiresAt: { gt: new Date() } },
    select: { id: true, userAgent: true, lastSeenAt: true, createdAt: true },
    orderBy: { lastSeenAt: 'desc' },
    take: 50,
  })
}

/** A short, non-identifying description of the browser: enough to recognise "my phone". */
export function deviceHint(userAgent: string): string {
  const ua = userAgent.slice(0, 512)
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : ''
  const browser = /Firefox\//.test(ua)
    ? 'Firefox'
    : /Edg\//.test(ua)
      ? 'Edge'
      : /Chrome\/|Chromium\//.test(ua)
        ? 'Chrome'
        : /Safari\//.test(ua)
          ? 'Safari'
          : ''
  return [browser, os].filter(Boolean).join(' · ')
}
