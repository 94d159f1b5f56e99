// Cohorts in the database: creating and archiving them, trainers, invites and who may see
// which cohort. Every change writes an audit event.
import { prisma } from '#app/db.server.ts'
import { perRequest } from '#app/modules/per-request.server.ts'
import { bool, date, optionalDate, optionalText, text, whole } from '#app/modules/raw-rows.server.ts'
import { env } from '#app/env.server.ts'
import type { Locale } from '#app/i18n/config.ts'
import { hasRole, requireRole } from '#app/modules/auth/index.server.ts'
import { recordAudit } from '#app/modules/audit/index.server.ts'
import { generateInviteCode, rotateInvite } from './invite-rules.ts'
import { utcDay, type CohortEdit, type CohortInput } from './schemas.ts'

export const COHORT_PAGE_SIZE = 25

function pickTitle(translations: { locale: string; title: string }[], locale: Locale): string {
  return (translations.find((t) => t.locale === locale) ?? translations[0])?.title ?? ''
}

export function cohortName(cohort: { nameAr: string; nameEn: string }, locale: Locale): string {
  return locale === 'ar' ? cohort.nameAr || cohort.nameEn : cohort.nameEn || cohort.nameAr
}

const listSelect = {
  id: true,
  nameAr: true,
  nameEn: true,
  startsOn: true,
  endsOn: true,
  capacity: true,
  archivedAt: true,
  course: { select: { id: true, slug: true, translations: { select: { locale: true, title: true } } } },
  trainers: { select: { user: { select: { username: true, displayName: true } } }, take: 20 },
  _count: { select: { enrollments: { where: { status: 'active' } } } },
} as const

type ListedCohort = {
  id: string
  nameAr: string
  nameEn: string
  startsOn: Date
  endsOn: Date
  capacity: number
  archivedAt: Date | null
  course: { id: string; slug: string; translations: { locale: string; title: string }[] }
  trainers: { user: { username: string; displayName: string } }[]
  _count: { enrollments: number }
}

function present(c: ListedCohort, locale: Locale) {
  return {
    id: c.id,
    name: cohortName(c, locale),
    nameAr: c.nameAr,
    nameEn: c.nameEn,
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    capacity: c.capacity,
    archived: c.archivedAt !== null,
    courseTitle: pickTitle(c.course.translations, locale),
    courseSlug: c.course.slug,
    trainers: c.trainers.map((t) => t.user),
    learners: c._count.enrollments,
  }
}
export type CohortSummary = ReturnType<typeof present>

/** Every cohort, newest first, for coordinators. */
export async function listAllCohorts(locale: Locale, page: number) {
  const [total, rows] = await Promise.all([
    prisma.cohort.count(),
    prisma.cohort.findMany({
      select: listSelect,
      orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { startsOn: 'desc' }],
      skip: (page - 1) * COHORT_PAGE_SIZE,
      take: COHORT_PAGE_SIZE,
    }),
  ])
  return { total, pages: Math.max(1, Math.ceil(total / COHORT_PAGE_SIZE)), cohorts: rows.map((c) => present(c, locale)) }
}

/** The cohorts a person trains. */
export async function listTrainedCohorts(userId: string, locale: Locale, page: number) {
  const where = { trainers: { some: { userId } } }
  const [total, rows] = await Promise.all([
    prisma.cohort.count({ where }),
    prisma.cohort.findMany({
      where,
      select: listSelect,
      orderBy: [{ archivedAt: { sort: 'asc', nulls: 'first' } }, { startsOn: 'desc' }],
      skip: (page - 1) * COHORT_PAGE_SIZE,
      take: COHORT_PAGE_SIZE,
    }),
  ])
  return { total, pages: Math.max(1, Math.ceil(total / COHORT_PAGE_SIZE)), cohorts: rows.map((c) => present(c, locale)) }
}

/** Courses a cohort can be created for. */
export async function listCourseOptions(locale: Locale) {
  const courses = await prisma.course.findMany({
    where: { status: 'published' },
    select: { id: true, translations: { select: { locale: true, title: true } } },
    orderBy: { sortOrder: 'asc' },
    take: 200,
  })
  return courses.map((c) => ({ id: c.id, title: pickTitle(c.translations, locale) || c.id }))
}

export async function createCohort(actorId: string, input: CohortInput): Promise<{ ok: true; id: string } | { ok: false; field: 'courseId' }> {
  const course = await prisma.course.findUnique({ where: { id: input.courseId }, select: { id: true, status: true } })
  if (!course || course.status !== 'published') return { ok: false, field: 'courseId' }
  const cohort = await prisma.cohort.create({
    data: {
      courseId: course.id,
      nameAr: input.nameAr,
      nameEn: input.nameEn,
      startsOn: utcDay(input.startsOn),
      endsOn: utcDay(input.endsOn),
      capacity: input.capacity,
      inviteCode: generateInviteCode(),
      inviteOpen: true,
    },
    select: { id: true },
  })
  await recordAudit({ actorId, action: 'cohort.created', subject: `cohort:${cohort.id}`, details: { ...input } })
  return { ok: true, id: cohort.id }
}

/** The cohort as its coordinator page shows it, or null. */
export async function getCohortForCoordinator(cohortId: string, locale: Locale) {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: {
      ...listSelect,
      inviteCode: true,
      inviteOpen: true,
      trainers: { select: { user: { select: { id: true, username: true, displayName: true } } }, take: 50 },
    },
  })
  if (!cohort) return null
  return { ...present(cohort, locale), trainers: cohort.trainers.map((t) => t.user) }
}

export type TrainerChange = 'added' | 'removed' | 'notFound' | 'notTrainer' | 'already' | 'notAssigned'

export async function addTrainer(actorId: string, cohortId: string, username: string): Promise<TrainerChange> {
  const user = await prisma.user.findUnique({ where: { username }, select: { id: true, role: true, deletedAt: true } })
  if (!user || user.deletedAt) return 'notFound'
  if (!hasRole(user, 'trainer')) return 'notTrainer'
  const existing = await prisma.cohortTrainer.findUnique({ where: { cohortId_userId: { cohortId, userId: user.id } }, select: { userId: true } })
  if (existing) return 'already'
  await prisma.cohortTrainer.create({ data: { cohortId, userId: user.id }, select: { userId: true } })
  await recordAudit({ actorId, action: 'cohort.trainer_added', subject: `cohort:${cohortId}`, details: { trainer: username } })
  return 'added'
}

export async function removeTrainer(actorId: string, cohortId: string, username: string): Promise<TrainerChange> {
  const user = await prisma.user.findUnique({ where: { username }, select: { id: true } })
  if (!user) return 'notFound'
  const { count } = await prisma.cohortTrainer.deleteMany({ where: { cohortId, userId: user.id } })
  if (count === 0) return 'notAssigned'
  await recordAudit({ actorId, action: 'cohort.trainer_removed', subject: `cohort:${cohortId}`, details: { trainer: username } })
  return 'removed'
}

export async function archiveCohort(actorId: string, cohortId: string) {
  const { count } = await prisma.cohort.updateMany({ where: { id: cohortId, archivedAt: null }, data: { archivedAt: new Date(), inviteOpen: false } })
  if (count > 0) await recordAudit({ actorId, action: 'cohort.archived', subject: `cohort:${cohortId}` })
  return count > 0
}

export type CohortUpdate = { ok: true; changed: boolean } | { ok: false; field: 'capacity'; learners: number }

/**
 * A cohort's names, dates and places, as a coordinator corrects them. The places may not fall
 * below the learners already in it (nobody is removed by a smaller number); the audit event
 * records each changed fact, before and after.
 */
export async function updateCohort(actorId: string, cohortId: string, input: CohortEdit): Promise<CohortUpdate> {
  const next = { nameAr: input.nameAr, nameEn: input.nameEn, startsOn: utcDay(input.startsOn), endsOn: utcDay(input.endsOn), capacity: input.capacity }
  const [current, learners] = await Promise.all([
    prisma.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { nameAr: true, nameEn: true, startsOn: true, endsOn: true, capacity: true } }),
    prisma.enrollment.count({ where: { cohortId, status: 'active' } }),
  ])
  if (next.capacity < learners) return { ok: false, field: 'capacity', learners }
  const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b)
  const changes = Object.fromEntries((Object.keys(next) as (keyof typeof next)[]).filter((k) => !same(current[k], next[k])).map((k) => [k, { from: current[k], to: next[k] }]))
  if (Object.keys(changes).length === 0) return { ok: true, changed: false }
  await prisma.cohort.update({ where: { id: cohortId }, data: next, select: { id: true } })
  await recordAudit({ actorId, action: 'cohort.updated', subject: `cohort:${cohortId}`, details: changes })
  return { ok: true, changed: true }
}

/** Back from the archive; the invite stays closed until someone opens it again. */
export async function restoreCohort(actorId: string, cohortId: string) {
  const { count } = await prisma.cohort.updateMany({ where: { id: cohortId, archivedAt: { not: null } }, data: { archivedAt: null } })
  if (count > 0) await recordAudit({ actorId, action: 'cohort.restored', subject: `cohort:${cohortId}` })
  return count > 0
}

/**
 * The signed-in person, if they may run this cohort: one of its trainers, or a coordinator
 * (who must have passed two-factor). Throws 404 for an unknown cohort and 403 otherwise.
 */
export async function requireCohortAccess(request: Request, cohortId: string) {
  const user = await requireRole(request, 'trainer')
  const link = await trainerLinkOnce(request, cohortId, user.id)
  if (link === 'no-cohort') throw new Response('Not found', { status: 404 })
  if (link === 'assigned') return user
  if (hasRole(user, 'coordinator')) return requireRole(request, 'coordinator')
  throw new Response('Forbidden', { status: 403 })
}

// The access check and the header run on every page of a cohort's dashboard: in plain SQL
// (decision 012), one query for the link and two for the header instead of about eight
// through Prisma's nested selects.
async function trainerLink(cohortId: string, userId: string): Promise<'assigned' | 'not-assigned' | 'no-cohort'> {
  const [row] = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT EXISTS (SELECT 1 FROM "CohortTrainer" t WHERE t."cohortId" = c."id" AND t."userId" = ${userId}) AS "assigned"
    FROM "Cohort" c WHERE c."id" = ${cohortId}`
  return !row ? 'no-cohort' : bool(row.assigned) ? 'assigned' : 'not-assigned'
}
const trainerLinkOnce = perRequest(trainerLink, (cohortId, userId) => `${cohortId}:${userId}`)

async function findCohortOverview(cohortId: string, locale: Locale) {
  const [[row], trainers] = await Promise.all([
    prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT c."id", c."nameAr", c."nameEn", c."startsOn", c."endsOn", c."capacity", c."archivedAt", c."inviteCode", c."inviteOpen",
        c."courseId", co."slug",
        (SELECT tr."title" FROM "CourseTranslation" tr WHERE tr."courseId" = c."courseId" ORDER BY CASE WHEN tr."locale" = ${locale} THEN 0 ELSE 1 END, tr."locale" LIMIT 1) AS "courseTitle",
        (SELECT COUNT(*) FROM "Enrollment" e WHERE e."cohortId" = c."id" AND e."status" = 'active') AS "learners"
      FROM "Cohort" c JOIN "Course" co ON co."id" = c."courseId"
      WHERE c."id" = ${cohortId}`,
    prisma.$queryRaw<Record<string, unknown>[]>`
      SELECT u."username", u."displayName" FROM "CohortTrainer" t JOIN "User" u ON u."id" = t."userId"
      WHERE t."cohortId" = ${cohortId} ORDER BY u."username" LIMIT 20`,
  ])
  if (!row) return null
  const courseTitle = optionalText(row.courseTitle)
  const cohort: ListedCohort = {
    id: text(row.id),
    nameAr: text(row.nameAr),
    nameEn: text(row.nameEn),
    startsOn: date(row.startsOn),
    endsOn: date(row.endsOn),
    capacity: whole(row.capacity),
    archivedAt: optionalDate(row.archivedAt),
    course: { id: text(row.courseId), slug: text(row.slug), translations: courseTitle === null ? [] : [{ locale, title: courseTitle }] },
    trainers: trainers.map((t) => ({ user: { username: text(t.username), displayName: text(t.displayName) } })),
    _count: { enrollments: whole(row.learners) },
  }
  return { ...present(cohort, locale), inviteCode: optionalText(row.inviteCode), inviteOpen: bool(row.inviteOpen), courseId: cohort.course.id }
}
const cohortOverviewOnce = perRequest(findCohortOverview, (cohortId, locale) => `${cohortId}:${locale}`)

/** The cohort's header facts for its dashboard (read once per request: the frame and the section both show them). */
export async function getCohortOverview(request: Request, cohortId: string, locale: Locale) {
  const overview = await cohortOverviewOnce(request, cohortId, locale)
  if (!overview) throw new Response('Not found', { status: 404 })
  return overview
}

export async function rotateInviteCode(actorId: string, cohortId: string) {
  const current = await prisma.cohort.findUnique({ where: { id: cohortId }, select: { inviteCode: true } })
  const next = rotateInvite(current?.inviteCode ?? null)
  await prisma.cohort.update({ where: { id: cohortId }, data: next, select: { id: true } })
  await recordAudit({ actorId, action: 'invite.rotated', subject: `cohort:${cohortId}` })
}

export async function setInviteOpen(actorId: string, cohortId: string, open: boolean) {
  await prisma.cohort.update({ where: { id: cohortId }, data: { inviteOpen: open }, select: { id: true } })
  await recordAudit({ actorId, action: open ? 'invite.enabled' : 'invite.disabled', subject: `cohort:${cohortId}` })
}

/** Where invite and activation links point: the configured public origin, else this request's. */
export function publicOrigin(request: Request): string {
  return env.PUBLIC_URL?.replace(/\/$/, '') ?? new URL(request.url).origin
}
