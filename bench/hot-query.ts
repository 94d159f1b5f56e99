// Child process of bench/run.ts: the hottest queries through Prisma and through the raw driver
// (better-sqlite3 or pg) on DATABASE_URL, N iterations each, so the ORM's cost is known.
// Prints `BENCH_HOT {json}`. The raw versions return the same rows: checked before timing.
//   1. the course tree (catalog's findCourseTree): every lesson, quiz and course page runs it;
//   2. the session lookup (session + user by id): every signed-in request runs it.
import { isDeepStrictEqual } from 'node:util'
import path from 'node:path'
import Database from 'better-sqlite3'
import pg from 'pg'
import { env } from '#app/env.server.ts'
import { isPostgres, prisma } from '#app/db.server.ts'
import { courseTreeSelect, toCourseTree } from '#app/modules/catalog/index.server.ts'
import { sessionIdFromToken } from '#app/modules/auth/session-rules.ts'

const [courseSlug = '', token = '', iterationsArg = '2000'] = process.argv.slice(2)
const iterations = Number(iterationsArg)

type Param = string | number
type Statement<T> = (params: Param[]) => Promise<T[]>
/** a statement prepared once (better-sqlite3) or named once (pg), as a driver's own user would */
type Prepare = <T extends pg.QueryResultRow>(sql: string) => Statement<T>

async function openRaw(): Promise<{ prepare: Prepare; close: () => Promise<void> }> {
  if (isPostgres()) {
    const client = new pg.Client({ connectionString: env.DATABASE_URL })
    await client.connect()
    let names = 0
    return {
      prepare: <T extends pg.QueryResultRow>(sql: string) => {
        let n = 0
        const text = sql.replace(/\?/g, () => `$${++n}`)
        const name = `bench_${++names}`
        return async (params: Param[]) => (await client.query<T>({ name, text, values: params })).rows
      },
      close: () => client.end(),
    }
  }
  const db = new Database(path.resolve(env.DATABASE_URL.slice('file:'.length)), { readonly: true })
  return {
    prepare: <T extends pg.QueryResultRow>(sql: string) => {
      const statement = db.prepare<Param[], T>(sql)
      return async (params: Param[]) => statement.all(...params)
    },
    close: async () => {
      db.close()
    },
  }
}

function prismaCourseTree(slug: string) {
  return prisma.course.findFirst({ where: { slug, status: 'published' }, select: courseTreeSelect })
}

function rawCourseTreeQuery(prepare: Prepare) {
  const course = prepare<{ id: string; slug: string; topic: string; enrolment: string }>('SELECT "id", "slug", "topic", "enrolment" FROM "Course" WHERE "slug" = ? AND "status" = ? LIMIT 1')
  const courseTranslations = prepare<{ locale: string; title: string; summary: string; audience: string; outcomes: string }>(
    'SELECT "locale", "title", "summary", "audience", "outcomes" FROM "CourseTranslation" WHERE "courseId" = ? ORDER BY "id"',
  )
  const modulesOf = prepare<{ id: string; slug: string }>('SELECT "id", "slug" FROM "Module" WHERE "courseId" = ? AND "status" = ? ORDER BY "position"')
  const moduleTranslationsOf = prepare<{ moduleId: string; locale: string; title: string; summary: string }>(
    'SELECT t."moduleId", t."locale", t."title", t."summary" FROM "ModuleTranslation" t JOIN "Module" m ON m."id" = t."moduleId" WHERE m."courseId" = ? ORDER BY t."id"',
  )
  const lessonsOf = prepare<{ id: string; moduleId: string; slug: string; minutes: number }>(
    'SELECT l."id", l."moduleId", l."slug", l."minutes" FROM "Lesson" l JOIN "Module" m ON m."id" = l."moduleId" WHERE m."courseId" = ? AND l."status" = ? ORDER BY l."position"',
  )
  const lessonTranslationsOf = prepare<{ lessonId: string; locale: string; title: string }>(
    'SELECT t."lessonId", t."locale", t."title" FROM "LessonTranslation" t JOIN "Lesson" l ON l."id" = t."lessonId" JOIN "Module" m ON m."id" = l."moduleId" WHERE m."courseId" = ? ORDER BY t."id"',
  )
  const quizzesOf = prepare<{ id: string; moduleId: string; status: string; passingScore: number; maxAttempts: number }>(
    'SELECT q."id", q."moduleId", q."status", q."passingScore", q."maxAttempts" FROM "Quiz" q JOIN "Module" m ON m."id" = q."moduleId" WHERE m."courseId" = ?',
  )
  const quizTranslationsOf = prepare<{ quizId: string; locale: string; title: string }>(
    'SELECT t."quizId", t."locale", t."title" FROM "QuizTranslation" t JOIN "Quiz" q ON q."id" = t."quizId" JOIN "Module" m ON m."id" = q."moduleId" WHERE m."courseId" = ? ORDER BY t."id"',
  )
  const questionCountsOf = prepare<{ quizId: string; n: number }>(
    'SELECT x."quizId", CAST(COUNT(*) AS INTEGER) AS "n" FROM "Question" x JOIN "Quiz" q ON q."id" = x."quizId" JOIN "Module" m ON m."id" = q."moduleId" WHERE m."courseId" = ? AND x."status" = ? GROUP BY x."quizId"',
  )
  return async (slug: string) => {
    const [found] = await course([slug, 'published'])
    if (!found) return null
    const [translations, modules, moduleTranslations, lessons, lessonTranslations, quizzes, quizTranslations, questionCounts] = await Promise.all([
      courseTranslations([found.id]),
      modulesOf([found.id, 'published']),
      moduleTranslationsOf([found.id]),
      lessonsOf([found.id, 'published']),
      lessonTranslationsOf([found.id]),
      quizzesOf([found.id]),
      quizTranslationsOf([found.id]),
      questionCountsOf([found.id, 'published']),
    ])
    return {
      ...found,
      translations,
      modules: modules.map((m) => {
        const quiz = quizzes.find((q) => q.moduleId === m.id)
        return {
          id: m.id,
          slug: m.slug,
          translations: moduleTranslations.filter((t) => t.moduleId === m.id).map(({ locale, title, summary }) => ({ locale, title, summary })),
          lessons: lessons
            .filter((l) => l.moduleId === m.id)
            .map((l) => ({
              id: l.id,
              slug: l.slug,
              minutes: l.minutes,
              translations: lessonTranslations.filter((t) => t.lessonId === l.id).map(({ locale, title }) => ({ locale, title })),
            })),
          quiz: quiz
            ? {
                id: quiz.id,
                status: quiz.status,
                passingScore: quiz.passingScore,
                maxAttempts: quiz.maxAttempts,
                translations: quizTranslations.filter((t) => t.quizId === quiz.id).map(({ locale, title }) => ({ locale, title })),
                _count: { questions: questionCounts.find((c) => c.quizId === quiz.id)?.n ?? 0 },
              }
            : null,
        }
      }),
    }
  }
}

function prismaSession(id: string) {
  return prisma.session.findUnique({
    where: { id },
    select: {
      id: true,
      createdAt: true,
      lastSeenAt: true,
      expiresAt: true,
      twoFactorVerified: true,
      user: { select: { id: true, username: true, displayName: true, role: true, preferredLocale: true, totpSecret: true, deletedAt: true } },
    },
  })
}

function rawSessionQuery(prepare: Prepare) {
  const statement = prepare<{ id: string; createdAt: string | Date; lastSeenAt: string | Date; expiresAt: string | Date; twoFactorVerified: number | boolean; userId: string; username: string; displayName: string; role: string; preferredLocale: string; totpSecret: string | null; deletedAt: string | Date | null }>(
    'SELECT s."id", s."createdAt", s."lastSeenAt", s."expiresAt", s."twoFactorVerified", u."id" AS "userId", u."username", u."displayName", u."role", u."preferredLocale", u."totpSecret", u."deletedAt" FROM "Session" s JOIN "User" u ON u."id" = s."userId" WHERE s."id" = ?',
  )
  return async (id: string) => {
    const [row] = await statement([id])
    if (!row) return null
    // pg returns TIMESTAMP(3) (no zone) as local wall time: Prisma's adapter reads it as UTC
    const date = (v: string | Date) => (v instanceof Date ? new Date(v.getTime() - v.getTimezoneOffset() * 60_000) : new Date(v))
    return {
      id: row.id,
      createdAt: date(row.createdAt),
      lastSeenAt: date(row.lastSeenAt),
      expiresAt: date(row.expiresAt),
      twoFactorVerified: row.twoFactorVerified === true || row.twoFactorVerified === 1,
      user: { id: row.userId, username: row.username, displayName: row.displayName, role: row.role, preferredLocale: row.preferredLocale, totpSecret: row.totpSecret, deletedAt: row.deletedAt === null ? null : date(row.deletedAt) },
    }
  }
}

async function time(label: string, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(200, iterations); i++) await fn() // warm-up
  const samples: number[] = []
  const start = performance.now()
  for (let i = 0; i < iterations; i++) {
    const t = performance.now()
    await fn()
    samples.push(performance.now() - t)
  }
  const total = performance.now() - start
  samples.sort((a, b) => a - b)
  const at = (p: number) => samples[Math.min(samples.length - 1, Math.floor((p / 100) * samples.length))] ?? 0
  return { label, iterations, meanMs: total / iterations, p50Ms: at(50), p95Ms: at(95), p99Ms: at(99) }
}

const raw = await openRaw()
const rawCourseTree = rawCourseTreeQuery(raw.prepare)
const rawSession = rawSessionQuery(raw.prepare)
const sessionId = sessionIdFromToken(token)

// same answers first, or the comparison means nothing
const [viaPrisma, viaRaw] = [await prismaCourseTree(courseSlug), await rawCourseTree(courseSlug)]
if (!viaPrisma || !viaRaw || !isDeepStrictEqual(toCourseTree(viaPrisma, 'ar'), toCourseTree(viaRaw, 'ar'))) throw new Error('raw course tree differs from Prisma’s')
const [sessionPrisma, sessionRaw] = [await prismaSession(sessionId), await rawSession(sessionId)]
if (!sessionPrisma || !isDeepStrictEqual(sessionPrisma, sessionRaw)) throw new Error('raw session lookup differs from Prisma’s')

const results = [
  { query: 'course tree (lesson page)', prisma: await time('prisma', () => prismaCourseTree(courseSlug)), raw: await time('raw', () => rawCourseTree(courseSlug)) },
  { query: 'session + user (every signed-in request)', prisma: await time('prisma', () => prismaSession(sessionId)), raw: await time('raw', () => rawSession(sessionId)) },
]
await raw.close()
await prisma.$disconnect()
process.stdout.write(`\nBENCH_HOT ${JSON.stringify(results)}\n`)
process.exit(0)
