// Certificates in the database: what a learner still needs, requests, issuing (one learner or
// a cohort), revocation, hiding the name, and the public view of a certificate.
import { prisma } from '#app/db.server.ts'
import { env } from '#app/env.server.ts'
import type { Locale } from '#app/i18n/config.ts'
import { recordAudit } from '#app/modules/audit/index.server.ts'
import { newCode } from './code.ts'
import { buildCredential, type Bilingual } from './credential.ts'
import { checkEligibility, skipReason, type CourseOutline, type Eligibility, type LearnerRecord, type SkipReason } from './eligibility.ts'
import { activeSigningKey } from './keys.server.ts'
import type { NameRequest } from './names.ts'
import { signDataIntegrity, signJwt } from './signing.server.ts'

/** The origin written into credentials and QR codes: PUBLIC_URL, else the request's own. */
export function publicOrigin(request?: Request): string {
  const origin = env.PUBLIC_URL ?? (request ? new URL(request.url).origin : `http://localhost:${env.PORT}`)
  return origin.replace(/\/+$/, '')
}

type Translated = { locale: string; title: string }

function pickTitle(translations: Translated[], locale: Locale): string {
  return (translations.find((t) => t.locale === locale) ?? translations[0])?.title ?? ''
}

function bilingualTitle(translations: Translated[]): Bilingual {
  return { ar: pickTitle(translations, 'ar'), en: pickTitle(translations, 'en') }
}

const titles = { select: { locale: true, title: true } } as const

async function loadOutline(courseId: string) {
  const modules = await prisma.module.findMany({
    where: { courseId, status: 'published' },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      lessons: { where: { status: 'published' }, orderBy: { position: 'asc' }, select: { id: true, translations: titles } },
      quiz: { select: { id: true, status: true, translations: titles } },
    },
  })
  const outline: CourseOutline = {
    modules: modules.map((m) => ({
      id: m.id,
      lessons: m.lessons.map((l) => ({ id: l.id })),
      quiz: m.quiz && m.quiz.status === 'published' ? { id: m.quiz.id } : null,
    })),
  }
  const lessonTitles = new Map(modules.flatMap((m) => m.lessons.map((l) => [l.id, l.translations] as const)))
  const quizTitles = new Map(modules.flatMap((m) => (m.quiz ? [[m.quiz.id, m.quiz.translations] as const] : [])))
  return { outline, lessonTitles, quizTitles }
}

/** Completed lessons and passed quizzes of many learners, in two queries. */
async function learnerRecords(userIds: string[], outline: CourseOutline): Promise<Map<string, LearnerRecord>> {
  const lessonIds = outline.modules.flatMap((m) => m.lessons.map((l) => l.id))
  const quizIds = outline.modules.flatMap((m) => (m.quiz ? [m.quiz.id] : []))
  const [progress, passes] = await Promise.all([
    prisma.lessonProgress.findMany({ where: { userId: { in: userIds }, lessonId: { in: lessonIds } }, select: { userId: true, lessonId: true } }),
    prisma.attempt.findMany({
      where: { userId: { in: userIds }, quizId: { in: quizIds }, passed: true },
      select: { userId: true, quizId: true },
      distinct: ['userId', 'quizId'],
    }),
  ])
  const records = new Map<string, { completedLessonIds: Set<string>; passedQuizIds: Set<string> }>(
    userIds.map((id) => [id, { completedLessonIds: new Set(), passedQuizIds: new Set() }]),
  )
  for (const p of progress) records.get(p.userId)?.completedLessonIds.add(p.lessonId)
  for (const a of passes) records.get(a.userId)?.passedQuizIds.add(a.quizId)
  return records
}

// ---------------------------------------------------------------- learner

export async function getCertificateRequestPage(userId: string, slug: string, locale: Locale) {
  const course = await prisma.course.findUnique({ where: { slug }, select: { id: true, slug: true, translations: titles } })
  if (!course) return null
  const { outline, lessonTitles, quizTitles } = await loadOutline(course.id)
  const [records, request, certificate] = await Promise.all([
    learnerRecords([userId], outline),
    prisma.certificateRequest.findUnique({
      where: { userId_courseId: { userId, courseId: course.id } },
      select: { nameArabic: true, nameLatin: true },
    }),
    prisma.certificate.findUnique({
      where: { userId_courseId: { userId, courseId: course.id } },
      select: { code: true, issuedAt: true, revokedAt: true },
    }),
  ])
  const eligibility = checkEligibility(outline, records.get(userId) ?? { completedLessonIds: new Set(), passedQuizIds: new Set() })
  return {
    course: { slug: course.slug, title: pickTitle(course.translations, locale) },
    eligibility,
    missingLessons: eligibility.missingLessonIds.map((id) => pickTitle(lessonTitles.get(id) ?? [], locale)),
    missingQuizzes: eligibility.missingQuizIds.map((id) => pickTitle(quizTitles.get(id) ?? [], locale)),
    request,
    certificate,
  }
}

export async function saveCertificateRequest(
  userId: string,
  slug: string,
  names: NameRequest,
): Promise<{ ok: true } | { ok: false; error: 'notFound' | 'notEligible' | 'alreadyIssued' }> {
  const course = await prisma.course.findUnique({ where: { slug }, select: { id: true } })
  if (!course) return { ok: false, error: 'notFound' }
  const existing = await prisma.certificate.findUnique({ where: { userId_courseId: { userId, courseId: course.id } }, select: { id: true } })
  if (existing) return { ok: false, error: 'alreadyIssued' }
  const { outline } = await loadOutline(course.id)
  const record = (await learnerRecords([userId], outline)).get(userId)
  if (!record || !checkEligibility(outline, record).eligible) return { ok: false, error: 'notEligible' }
  const data = { nameArabic: names.nameArabic || null, nameLatin: names.nameLatin || null }
  await prisma.certificateRequest.upsert({
    where: { userId_courseId: { userId, courseId: course.id } },
    create: { userId, courseId: course.id, ...data },
    update: data,
    select: { id: true },
  })
  return { ok: true }
}

export async function listMyCertificates(userId: string, locale: Locale) {
  const rows = await prisma.certificate.findMany({
    where: { userId },
    orderBy: { issuedAt: 'desc' },
    take: 100,
    select: { code: true, issuedAt: true, revokedAt: true, course: { select: { slug: true, translations: titles } } },
  })
  return rows.map((r) => ({
    code: r.code,
    issuedAt: r.issuedAt.toISOString(),
    revoked: r.revokedAt !== null,
    courseTitle: pickTitle(r.course.translations, locale),
  }))
}

/** Courses I am enrolled in without a certificate yet: where to ask for one (or see what is left). */
export async function listCertificatePages(userId: string, locale: Locale) {
  const [enrollments, certificates] = await Promise.all([
    prisma.enrollment.findMany({
      where: { userId, status: { not: 'removed' } },
      orderBy: { createdAt: 'desc' },
      take: 50,
      select: { course: { select: { id: true, slug: true, translations: titles } } },
    }),
    prisma.certificate.findMany({ where: { userId }, take: 200, select: { courseId: true } }),
  ])
  const certified = new Set(certificates.map((c) => c.courseId))
  return enrollments
    .filter((e) => !certified.has(e.course.id))
    .map((e) => ({ slug: e.course.slug, courseTitle: pickTitle(e.course.translations, locale) }))
}

// ---------------------------------------------------------------- issuing

export type IssueOutcome = {
  issued: { userId: string; username: string; code: string }[]
  skipped: { userId: string; username: string; displayName: string; reason: SkipReason }[]
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002'
}

/**
 * Issues the course's certificate to every candidate who meets the rule and has chosen a name;
 * says why each other one was skipped. A second issue is refused by the (userId, courseId) key.
 */
export async function issueCertificates(input: {
  actorId: string
  courseId: string
  candidates: { userId: string; cohortId: string | null }[]
  origin: string
}): Promise<IssueOutcome> {
  const userIds = [...new Set(input.candidates.map((c) => c.userId))]
  const outcome: IssueOutcome = { issued: [], skipped: [] }
  if (userIds.length === 0) return outcome
  const course = await prisma.course.findUnique({
    where: { id: input.courseId },
    select: { id: true, slug: true, translations: { select: { locale: true, title: true, summary: true } } },
  })
  if (!course) throw new Response('Not found', { status: 404 })
  const { outline } = await loadOutline(course.id)
  const [users, records, requests, existing] = await Promise.all([
    prisma.user.findMany({ where: { id: { in: userIds }, deletedAt: null }, select: { id: true, username: true, displayName: true } }),
    learnerRecords(userIds, outline),
    prisma.certificateRequest.findMany({
      where: { courseId: course.id, userId: { in: userIds } },
      select: { userId: true, nameArabic: true, nameLatin: true },
    }),
    prisma.certificate.findMany({ where: { courseId: course.id, userId: { in: userIds } }, select: { userId: true } }),
  ])
  const requestOf = new Map(requests.map((r) => [r.userId, r]))
  const issuedAlready = new Set(existing.map((c) => c.userId))
  const summary: Bilingual = {
    ar: (course.translations.find((t) => t.locale === 'ar') ?? course.translations[0])?.summary ?? '',
    en: (course.translations.find((t) => t.locale === 'en') ?? course.translations[0])?.summary ?? '',
  }
  const title = bilingualTitle(course.translations)
  const key = await activeSigningKey()
  const cohortOf = new Map(input.candidates.map((c) => [c.userId, c.cohortId]))

  const rows = []
  for (const user of users) {
    const request = requestOf.get(user.id)
    const eligibility: Eligibility = checkEligibility(outline, records.get(user.id) ?? { completedLessonIds: new Set(), passedQuizIds: new Set() })
    const reason = skipReason({
      eligibility,
      hasRequestedName: Boolean(request && (request.nameArabic || request.nameLatin)),
      alreadyIssued: issuedAlready.has(user.id),
    })
    if (reason || !request) {
      outcome.skipped.push({ userId: user.id, username: user.username, displayName: user.displayName, reason: reason ?? 'no-name' })
      continue
    }
    const code = newCode()
    const issuedAt = new Date(Math.floor(Date.now() / 1000) * 1000)
    const credential = buildCredential({
      origin: input.origin,
      code,
      issuedAt,
      nameArabic: request.nameArabic,
      nameLatin: request.nameLatin,
      course: { slug: course.slug, title, summary },
    })
    const [signed, jwt] = await Promise.all([
      signDataIntegrity(credential, key, input.origin),
      signJwt(credential, key, input.origin, issuedAt),
    ])
    rows.push({
      code,
      userId: user.id,
      courseId: course.id,
      cohortId: cohortOf.get(user.id) ?? null,
      nameArabic: request.nameArabic,
      nameLatin: request.nameLatin,
      issuedById: input.actorId,
      issuedAt,
      credentialJson: JSON.stringify(signed),
      credentialJwt: jwt,
      keyId: key.kid,
      username: user.username,
    })
  }

  const created: typeof rows = []
  if (rows.length > 0) {
    const data = rows.map(({ username: _username, ...row }) => row)
    try {
      await prisma.certificate.createMany({ data })
      created.push(...rows)
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
      // someone issued one of them at the same moment: fall back to one by one
      for (const [i, row] of data.entries()) {
        try {
          await prisma.certificate.create({ data: row, select: { id: true } })
          const original = rows[i]
          if (original) created.push(original)
        } catch (inner) {
          if (!isUniqueViolation(inner)) throw inner
          const user = users.find((u) => u.id === row.userId)
          if (user) outcome.skipped.push({ userId: user.id, username: user.username, displayName: user.displayName, reason: 'already-issued' })
        }
      }
    }
  }
  await Promise.all(
    created.map((row) =>
      recordAudit({
        actorId: input.actorId,
        action: 'certificate.issued',
        subject: `certificate:${row.code}`,
        details: { course: course.slug, holder: row.username, cohortId: row.cohortId },
      }),
    ),
  )
  outcome.issued = created.map((row) => ({ userId: row.userId, username: row.username, code: row.code }))
  return outcome
}

/** Every active learner of a cohort (or only `userIds` among them). */
export async function issueForCohort(input: { actorId: string; cohortId: string; origin: string; userIds?: string[] }): Promise<IssueOutcome> {
  const cohort = await prisma.cohort.findUnique({ where: { id: input.cohortId }, select: { id: true, courseId: true } })
  if (!cohort) throw new Response('Not found', { status: 404 })
  const enrollments = await prisma.enrollment.findMany({
    where: { cohortId: cohort.id, status: { not: 'removed' }, ...(input.userIds ? { userId: { in: input.userIds } } : {}) },
    select: { userId: true },
    take: 5000,
  })
  return issueCertificates({
    actorId: input.actorId,
    courseId: cohort.courseId,
    candidates: enrollments.map((e) => ({ userId: e.userId, cohortId: cohort.id })),
    origin: input.origin,
  })
}

// ---------------------------------------------------------------- coordinators

export async function listCertificates({ page = 1, pageSize = 25, locale }: { page?: number; pageSize?: number; locale: Locale }) {
  const [total, rows] = await Promise.all([
    prisma.certificate.count(),
    prisma.certificate.findMany({
      orderBy: { issuedAt: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        code: true,
        nameArabic: true,
        nameLatin: true,
        issuedAt: true,
        revokedAt: true,
        user: { select: { username: true } },
        course: { select: { translations: titles } },
      },
    }),
  ])
  return {
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((r) => ({
      code: r.code,
      holder: r.user?.username ?? null,
      nameArabic: r.nameArabic,
      nameLatin: r.nameLatin,
      issuedAt: r.issuedAt.toISOString(),
      revokedAt: r.revokedAt?.toISOString() ?? null,
      courseTitle: pickTitle(r.course.translations, locale),
    })),
  }
}

export async function listCohortsForCertificates({ page = 1, pageSize = 25, locale }: { page?: number; pageSize?: number; locale: Locale }) {
  const where = { archivedAt: null }
  const [total, rows] = await Promise.all([
    prisma.cohort.count({ where }),
    prisma.cohort.findMany({
      where,
      orderBy: { startsOn: 'desc' },
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        nameAr: true,
        nameEn: true,
        course: { select: { translations: titles } },
        _count: { select: { enrollments: { where: { status: { not: 'removed' } } } } },
      },
    }),
  ])
  return {
    total,
    pages: Math.max(1, Math.ceil(total / pageSize)),
    items: rows.map((c) => ({
      id: c.id,
      name: locale === 'ar' ? c.nameAr : c.nameEn,
      courseTitle: pickTitle(c.course.translations, locale),
      learners: c._count.enrollments,
    })),
  }
}

/** The cohort's learners with their progress towards the certificate, the name they chose and their certificate. */
export async function cohortCertificates(cohortId: string, locale: Locale) {
  const cohort = await prisma.cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, nameAr: true, nameEn: true, courseId: true, course: { select: { translations: titles } } },
  })
  if (!cohort) return null
  const enrollments = await prisma.enrollment.findMany({
    where: { cohortId, status: { not: 'removed' } },
    orderBy: { createdAt: 'asc' },
    take: 5000,
    select: { user: { select: { id: true, username: true, displayName: true } } },
  })
  const userIds = enrollments.map((e) => e.user.id)
  const { outline } = await loadOutline(cohort.courseId)
  const [records, requests, certificates] = await Promise.all([
    learnerRecords(userIds, outline),
    prisma.certificateRequest.findMany({
      where: { courseId: cohort.courseId, userId: { in: userIds } },
      select: { userId: true, nameArabic: true, nameLatin: true },
    }),
    prisma.certificate.findMany({
      where: { courseId: cohort.courseId, userId: { in: userIds } },
      select: { userId: true, code: true, revokedAt: true },
    }),
  ])
  const requestOf = new Map(requests.map((r) => [r.userId, r]))
  const certificateOf = new Map(certificates.map((c) => [c.userId, c]))
  return {
    cohort: { id: cohort.id, name: locale === 'ar' ? cohort.nameAr : cohort.nameEn, courseTitle: pickTitle(cohort.course.translations, locale) },
    learners: enrollments.map(({ user }) => {
      const eligibility = checkEligibility(outline, records.get(user.id) ?? { completedLessonIds: new Set(), passedQuizIds: new Set() })
      const request = requestOf.get(user.id)
      const certificate = certificateOf.get(user.id)
      return {
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        nameArabic: request?.nameArabic ?? null,
        nameLatin: request?.nameLatin ?? null,
        eligibility,
        certificate: certificate ? { code: certificate.code, revoked: certificate.revokedAt !== null } : null,
        reason: skipReason({
          eligibility,
          hasRequestedName: Boolean(request && (request.nameArabic || request.nameLatin)),
          alreadyIssued: Boolean(certificate),
        }),
      }
    }),
  }
}

export async function revokeCertificate(input: { actorId: string; code: string; reason: string }): Promise<boolean> {
  const revokedAt = new Date()
  const { count } = await prisma.certificate.updateMany({
    where: { code: input.code, revokedAt: null },
    data: { revokedAt, revocationReason: input.reason },
  })
  if (count === 0) return false
  await recordAudit({ actorId: input.actorId, action: 'certificate.revoked', subject: `certificate:${input.code}`, details: { reason: input.reason } })
  return true
}

export async function setNameHidden(input: { actorId: string; code: string; hidden: boolean }): Promise<boolean> {
  const { count } = await prisma.certificate.updateMany({ where: { code: input.code }, data: { hideName: input.hidden } })
  if (count === 0) return false
  await recordAudit({ actorId: input.actorId, action: 'certificate.name_hidden', subject: `certificate:${input.code}`, details: { hidden: input.hidden } })
  return true
}

// ---------------------------------------------------------------- public

export async function findCertificate(code: string) {
  const cert = await prisma.certificate.findUnique({
    where: { code },
    select: {
      code: true,
      userId: true,
      nameArabic: true,
      nameLatin: true,
      hideName: true,
      issuedAt: true,
      revokedAt: true,
      revocationReason: true,
      credentialJson: true,
      credentialJwt: true,
      course: { select: { slug: true, translations: titles } },
    },
  })
  if (!cert) return null
  const { course, ...rest } = cert
  return { ...rest, courseSlug: course.slug, courseTitle: bilingualTitle(course.translations) }
}

export type FoundCertificate = NonNullable<Awaited<ReturnType<typeof findCertificate>>>

/** The hidden name stays hidden from everyone but its holder and coordinators. */
export function mayDownload(cert: { userId: string | null; hideName: boolean }, viewer: { id: string; role: string } | null): boolean {
  if (!cert.hideName) return true
  if (!viewer) return false
  return viewer.id === cert.userId || viewer.role === 'coordinator' || viewer.role === 'admin'
}
