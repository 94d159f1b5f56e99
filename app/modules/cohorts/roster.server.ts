// Who is in a cohort and how they get there: the roster, removing and moving learners,
// trainer-created accounts with one-time activation codes, joining by invite, activation.
import { prisma } from '#app/db.server.ts'
import type { Locale } from '#app/i18n/config.ts'
import { checkPassword, hashPassword, hasRole, rateLimiter, type PasswordProblem } from '#app/modules/auth/index.server.ts'
import { recordAudit } from '#app/modules/audit/index.server.ts'
import type { RosterError, RosterRow } from './csv.ts'
import { cohortName } from './cohorts.server.ts'
import {
  activationExpiry,
  activationValid,
  generateActivationCode,
  hashActivationCode,
  isWellFormedInviteCode,
  judgeJoin,
  normalizeCode,
  seatsLeft,
  type JoinVerdict,
} from './invite-rules.ts'

export const ROSTER_PAGE_SIZE = 50

export async function listRoster(cohortId: string, page: number) {
  const where = { cohortId, status: 'active' }
  const [total, rows] = await Promise.all([
    prisma.enrollment.count({ where }),
    prisma.enrollment.findMany({
      where,
      orderBy: [{ user: { displayName: 'asc' } }, { user: { username: 'asc' } }],
      skip: (page - 1) * ROSTER_PAGE_SIZE,
      take: ROSTER_PAGE_SIZE,
      select: {
        createdAt: true,
        user: { select: { id: true, username: true, displayName: true, passwordHash: true, activationExpires: true } },
      },
    }),
  ])
  return {
    total,
    pages: Math.max(1, Math.ceil(total / ROSTER_PAGE_SIZE)),
    learners: rows.map((r) => ({
      userId: r.user.id,
      username: r.user.username,
      displayName: r.user.displayName,
      joinedAt: r.createdAt,
      // created by a trainer and not yet activated
      pendingUntil: r.user.passwordHash ? null : r.user.activationExpires,
    })),
  }
}

/** Other live cohorts of the same course that this person may move learners into. */
export async function listMoveTargets(cohortId: string, actor: { id: string; role: string }, locale: Locale) {
  const cohort = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { courseId: true } })
  if (!cohort) return []
  const targets = await prisma.cohort.findMany({
    where: {
      courseId: cohort.courseId,
      id: { not: cohortId },
      archivedAt: null,
      ...(hasRole(actor, 'coordinator') ? {} : { trainers: { some: { userId: actor.id } } }),
    },
    select: { id: true, nameAr: true, nameEn: true },
    orderBy: { startsOn: 'desc' },
    take: 100,
  })
  return targets.map((t) => ({ id: t.id, name: cohortName(t, locale) }))
}

export async function removeLearner(actorId: string, cohortId: string, userId: string): Promise<boolean> {
  // their lesson progress and attempts stay; only the membership ends
  const { count } = await prisma.enrollment.updateMany({ where: { cohortId, userId, status: 'active' }, data: { status: 'removed' } })
  if (count > 0) await recordAudit({ actorId, action: 'enrollment.removed', subject: `user:${userId}`, details: { cohortId } })
  return count > 0
}

export type MoveResult = 'moved' | 'notMember' | 'badTarget' | 'full'

export async function moveLearner(actor: { id: string; role: string }, cohortId: string, userId: string, targetId: string, locale: Locale): Promise<MoveResult> {
  const allowed = await listMoveTargets(cohortId, actor, locale)
  if (!allowed.some((t) => t.id === targetId)) return 'badTarget'
  return prisma.$transaction(async (tx) => {
    const target = await tx.cohort.findUnique({ where: { id: targetId }, select: { capacity: true, _count: { select: { enrollments: { where: { status: 'active' } } } } } })
    if (!target) return 'badTarget'
    if (seatsLeft(target.capacity, target._count.enrollments) === 0) return 'full'
    const { count } = await tx.enrollment.updateMany({ where: { cohortId, userId, status: 'active' }, data: { cohortId: targetId } })
    if (count === 0) return 'notMember'
    await tx.auditEvent.create({
      data: { actorId: actor.id, action: 'enrollment.moved', subject: `user:${userId}`, details: JSON.stringify({ from: cohortId, to: targetId }) },
      select: { id: true },
    })
    return 'moved'
  })
}

export type CreatedAccount = { username: string; displayName: string; code: string }
export type CreateAccountsResult =
  | { ok: true; accounts: CreatedAccount[] }
  | { ok: false; errors: RosterError[] }
  | { ok: false; full: { seats: number; wanted: number } }

/**
 * New learner accounts without passwords, enrolled in the cohort, each with a one-time
 * activation code returned here once (only its hash is kept). All or nothing.
 */
export async function createAccounts(actorId: string, cohortId: string, rows: RosterRow[], now = new Date()): Promise<CreateAccountsResult> {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: { courseId: true, capacity: true, _count: { select: { enrollments: { where: { status: 'active' } } } } },
  })
  if (!cohort) throw new Response('Not found', { status: 404 })
  const taken = await prisma.user.findMany({ where: { username: { in: rows.map((r) => r.username) } }, select: { username: true } })
  if (taken.length > 0) {
    const names = new Set(taken.map((t) => t.username))
    return { ok: false, errors: rows.filter((r) => names.has(r.username)).map((r) => ({ row: r.row, problem: 'usernameTaken', value: r.username })) }
  }
  const seats = seatsLeft(cohort.capacity, cohort._count.enrollments)
  if (rows.length > seats) return { ok: false, full: { seats, wanted: rows.length } }

  const expires = activationExpiry(now)
  const accounts = rows.map((r) => ({ ...r, id: crypto.randomUUID(), code: generateActivationCode() }))
  await prisma.$transaction([
    prisma.user.createMany({
      data: accounts.map((a) => ({
        id: a.id,
        username: a.username,
        displayName: a.displayName,
        preferredLocale: a.locale,
        role: 'learner',
        activationCode: hashActivationCode(a.code),
        activationExpires: expires,
      })),
    }),
    prisma.enrollment.createMany({ data: accounts.map((a) => ({ userId: a.id, courseId: cohort.courseId, cohortId, status: 'active' })) }),
    prisma.auditEvent.create({
      data: { actorId, action: 'accounts.created', subject: `cohort:${cohortId}`, details: JSON.stringify({ usernames: accounts.map((a) => a.username) }) },
      select: { id: true },
    }),
  ])
  return { ok: true, accounts: accounts.map((a) => ({ username: a.username, displayName: a.displayName, code: a.code })) }
}

/** A fresh activation code for someone the trainer created who has not activated yet. */
export async function reissueActivation(actorId: string, cohortId: string, userId: string, now = new Date()): Promise<CreatedAccount | null> {
  const member = await prisma.enrollment.findFirst({
    where: { cohortId, userId, status: 'active', user: { passwordHash: null, deletedAt: null } },
    select: { user: { select: { username: true, displayName: true } } },
  })
  if (!member) return null
  const code = generateActivationCode()
  await prisma.user.update({ where: { id: userId }, data: { activationCode: hashActivationCode(code), activationExpires: activationExpiry(now) }, select: { id: true } })
  await recordAudit({ actorId, action: 'accounts.created', subject: `cohort:${cohortId}`, details: { reissued: member.user.username } })
  return { ...member.user, code }
}

export type InviteView = {
  verdict: JoinVerdict
  cohort: { id: string; name: string; courseTitle: string; courseSlug: string; startsOn: Date; endsOn: Date } | null
}

async function loadInvite(code: string) {
  const normalized = normalizeCode(code)
  if (!isWellFormedInviteCode(normalized)) return null
  return prisma.cohort.findUnique({
    where: { inviteCode: normalized },
    select: {
      id: true,
      nameAr: true,
      nameEn: true,
      courseId: true,
      capacity: true,
      startsOn: true,
      endsOn: true,
      inviteOpen: true,
      archivedAt: true,
      course: { select: { slug: true, translations: { select: { locale: true, title: true } } } },
      _count: { select: { enrollments: { where: { status: 'active' } } } },
    },
  })
}

/** What the invite page says to this person (or to a visitor, when userId is null). */
export async function viewInvite(code: string, userId: string | null, locale: Locale, now = new Date()): Promise<InviteView> {
  const cohort = await loadInvite(code)
  if (!cohort) return { verdict: { ok: false, reason: 'unknown' }, cohort: null }
  const membership = userId
    ? await prisma.enrollment.findUnique({ where: { userId_courseId: { userId, courseId: cohort.courseId } }, select: { cohortId: true, status: true } })
    : null
  const title = cohort.course.translations.find((t) => t.locale === locale) ?? cohort.course.translations[0]
  return {
    verdict: judgeJoin(cohort, cohort._count.enrollments, now, membership, cohort.id),
    cohort: {
      id: cohort.id,
      name: cohortName(cohort, locale),
      courseTitle: title?.title ?? cohort.course.slug,
      courseSlug: cohort.course.slug,
      startsOn: cohort.startsOn,
      endsOn: cohort.endsOn,
    },
  }
}

/** Joins by invite code, re-checking every rule inside one transaction. */
export async function joinByInvite(userId: string, code: string, now = new Date()): Promise<JoinVerdict & { courseSlug?: string }> {
  const normalized = normalizeCode(code)
  if (!isWellFormedInviteCode(normalized)) return { ok: false, reason: 'unknown' }
  const result = await prisma.$transaction(async (tx) => {
    const cohort = await tx.cohort.findUnique({
      where: { inviteCode: normalized },
      select: {
        id: true,
        courseId: true,
        capacity: true,
        startsOn: true,
        endsOn: true,
        inviteOpen: true,
        archivedAt: true,
        course: { select: { slug: true } },
        _count: { select: { enrollments: { where: { status: 'active' } } } },
      },
    })
    if (!cohort) return { verdict: { ok: false, reason: 'unknown' } as const }
    const membership = await tx.enrollment.findUnique({ where: { userId_courseId: { userId, courseId: cohort.courseId } }, select: { cohortId: true, status: true } })
    const verdict = judgeJoin(cohort, cohort._count.enrollments, now, membership, cohort.id)
    if (!verdict.ok) return { verdict }
    await tx.enrollment.upsert({
      where: { userId_courseId: { userId, courseId: cohort.courseId } },
      create: { userId, courseId: cohort.courseId, cohortId: cohort.id, status: 'active' },
      update: { cohortId: cohort.id, status: 'active' },
      select: { id: true },
    })
    await tx.auditEvent.create({
      data: { actorId: userId, action: 'enrollment.added', subject: `user:${userId}`, details: JSON.stringify({ cohortId: cohort.id, via: 'invite' }) },
      select: { id: true },
    })
    return { verdict, courseSlug: cohort.course.slug }
  })
  return { ...result.verdict, courseSlug: result.courseSlug }
}

export type ActivationResult =
  | { ok: true; userId: string }
  | { ok: false; problem: 'invalid' }
  | { ok: false; problem: 'tooMany'; retryAfterSeconds: number }
  | { ok: false; problem: 'password'; reason: PasswordProblem }

/**
 * Sets the person's own password with the code their trainer gave them; the code is spent.
 * Guessing codes counts against the same limits as guessing passwords.
 */
export async function activateAccount(username: string, code: string, password: string, ip: string | undefined, now = new Date()): Promise<ActivationResult> {
  const limit = await rateLimiter.attempt('login', { account: username, ip })
  if (!limit.allowed) return { ok: false, problem: 'tooMany', retryAfterSeconds: limit.retryAfterSeconds }
  const user = await prisma.user.findUnique({
    where: { username },
    select: { id: true, activationCode: true, activationExpires: true, deletedAt: true },
  })
  if (!user || user.deletedAt || !activationValid(user, code, now)) return { ok: false, problem: 'invalid' }
  const reason = checkPassword(password, { username })
  if (reason) return { ok: false, problem: 'password', reason }
  const passwordHash = await hashPassword(password)
  // the code must still be the one we checked: a second use of it updates nothing
  const { count } = await prisma.user.updateMany({
    where: { id: user.id, activationCode: user.activationCode },
    data: { passwordHash, activationCode: null, activationExpires: null },
  })
  if (count === 0) return { ok: false, problem: 'invalid' }
  await recordAudit({ actorId: user.id, action: 'account.activated', subject: `user:${user.id}` })
  return { ok: true, userId: user.id }
}
