// One query for a course with its published modules, lessons and quizzes, in one language.
import { prisma } from '#app/db.server.ts'
import { Prisma } from '#app/generated/prisma/client.ts'
import type { Locale } from '#app/i18n/config.ts'
import { date, text } from '#app/modules/raw-rows.server.ts'
import { parseStringList, pickTranslation } from './translate.ts'

export const courseTreeSelect = {
  id: true,
  slug: true,
  topic: true,
  enrolment: true,
  translations: { select: { locale: true, title: true, summary: true, audience: true, outcomes: true } },
  modules: {
    where: { status: 'published' },
    orderBy: { position: 'asc' },
    select: {
      id: true,
      slug: true,
      translations: { select: { locale: true, title: true, summary: true } },
      lessons: {
        where: { status: 'published' },
        orderBy: { position: 'asc' },
        select: { id: true, slug: true, minutes: true, translations: { select: { locale: true, title: true } } },
      },
      quiz: {
        select: {
          id: true,
          status: true,
          passingScore: true,
          maxAttempts: true,
          translations: { select: { locale: true, title: true } },
          _count: { select: { questions: { where: { status: 'published' } } } },
        },
      },
    },
  },
} satisfies Prisma.CourseSelect

type CourseRow = Prisma.CourseGetPayload<{ select: typeof courseTreeSelect }>

export type LessonRef = { id: string; slug: string; title: string; minutes: number; fallback: boolean; languages: Locale[] }
export type QuizRef = { id: string; title: string; passingScore: number; maxAttempts: number; questionCount: number }
export type ModuleNode = { id: string; slug: string; title: string; summary: string; lessons: LessonRef[]; quiz: QuizRef | null }
export type CourseTree = {
  id: string
  slug: string
  topic: string
  enrolment: 'open' | 'cohort'
  title: string
  summary: string
  audience: string
  outcomes: string[]
  minutes: number
  languages: Locale[]
  modules: ModuleNode[]
}

const bothLocales: Locale[] = ['ar', 'en']

export function toCourseTree(row: CourseRow, locale: Locale): CourseTree {
  const t = pickTranslation(row.translations, locale)
  const modules = row.modules.map((m): ModuleNode => {
    const mt = pickTranslation(m.translations, locale)
    const quiz = m.quiz && m.quiz.status === 'published' ? m.quiz : null
    return {
      id: m.id,
      slug: m.slug,
      title: mt?.title ?? m.slug,
      summary: mt?.summary ?? '',
      lessons: m.lessons.map((l) => {
        const lt = pickTranslation(l.translations, locale)
        return {
          id: l.id,
          slug: l.slug,
          minutes: l.minutes,
          title: lt?.title ?? l.slug,
          fallback: lt?.fallback ?? false,
          languages: bothLocales.filter((loc) => l.translations.some((x) => x.locale === loc)),
        }
      }),
      quiz: quiz
        ? {
            id: quiz.id,
            title: pickTranslation(quiz.translations, locale)?.title ?? quiz.id,
            passingScore: quiz.passingScore,
            maxAttempts: quiz.maxAttempts,
            questionCount: quiz._count.questions,
          }
        : null,
    }
  })
  const lessons = modules.flatMap((m) => m.lessons)
  return {
    id: row.id,
    slug: row.slug,
    topic: row.topic,
    enrolment: row.enrolment === 'cohort' ? 'cohort' : 'open',
    title: t?.title ?? row.slug,
    summary: t?.summary ?? '',
    audience: t?.audience ?? '',
    outcomes: parseStringList(t?.outcomes ?? '[]'),
    minutes: lessons.reduce((n, l) => n + l.minutes, 0),
    // a course is offered in a language when every lesson is written in it
    languages: bothLocales.filter((loc) => lessons.length > 0 && lessons.every((l) => l.languages.includes(loc))),
    modules,
  }
}

// Every lesson, quiz and course page needs its course's whole tree: seven queries through
// Prisma, most of a page's database time (bench/RESULTS.md). Course content changes only
// through the content import, and an import that changes anything in a course rewrites the
// course row itself (a new `contentVersion` from the files' hash, a new `updatedAt`). So
// each process keeps the trees it has built, and each request asks the database for that
// one small row first: a tree is reused only while its stamp is still the course's, which
// keeps every process right after an import made by any of them.
type CachedCourse = { stamp: string; trees: Partial<Record<Locale, CourseTree>>; row: CourseRow }
const courseCache = new Map<string, CachedCourse>()
const courseCacheLimit = 200

function stampOf(head: { id: string; contentVersion: string; updatedAt: Date }) {
  return `${head.id}:${head.contentVersion}:${head.updatedAt.getTime()}`
}

type CourseHead = { id: string; slug: string; contentVersion: string; updatedAt: Date }

function headOf(row: Record<string, unknown>): CourseHead {
  return { id: text(row.id), slug: text(row.slug), contentVersion: text(row.contentVersion), updatedAt: date(row.updatedAt) }
}

/** The course's tree for the version its head row names: from this process's copy, or built anew. */
async function treeOf(head: CourseHead, locale: Locale): Promise<{ tree: CourseTree; stamp: string } | null> {
  const stamp = stampOf(head)
  let cached = courseCache.get(head.slug)
  if (!cached || cached.stamp !== stamp) {
    const row = await prisma.course.findUnique({ where: { id: head.id }, select: courseTreeSelect })
    if (!row) return null
    cached = { stamp, trees: {}, row }
    if (courseCache.size >= courseCacheLimit) courseCache.clear()
    courseCache.set(head.slug, cached)
  }
  // shared by every request that reads this version: frozen, so that no caller can change it for the others
  const tree = cached.trees[locale] ?? deepFreeze(toCourseTree(cached.row, locale))
  cached.trees[locale] = tree
  return { tree, stamp }
}

/** A published course's tree in one language, with the stamp of the version it was built from. */
export async function findCourse(slug: string, locale: Locale): Promise<{ tree: CourseTree; stamp: string } | null> {
  // asked on every course, lesson and quiz page: plain SQL, one small row
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT "id", "slug", "contentVersion", "updatedAt" FROM "Course" WHERE "slug" = ${slug} AND "status" = 'published'`
  const first = rows[0]
  return first ? treeOf(headOf(first), locale) : null
}

/** A course's tree by id, published or retired (a cohort keeps the course it was made for). */
export async function findCourseById(id: string, locale: Locale): Promise<CourseTree | null> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT "id", "slug", "contentVersion", "updatedAt" FROM "Course" WHERE "id" = ${id}`
  const first = rows[0]
  return first ? ((await treeOf(headOf(first), locale))?.tree ?? null) : null
}

/** One page of published courses, in catalogue order, each as its tree (this process's copies where current). */
export async function findCourseTrees({ locale, topic, skip, take }: { locale: Locale; topic: string | null; skip: number; take: number }): Promise<CourseTree[]> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`
    SELECT "id", "slug", "contentVersion", "updatedAt" FROM "Course"
    WHERE "status" = 'published' ${topic ? Prisma.sql`AND "topic" = ${topic}` : Prisma.empty}
    ORDER BY "sortOrder" ASC, "slug" ASC LIMIT ${take} OFFSET ${skip}`
  const trees = await Promise.all(rows.map((row) => treeOf(headOf(row), locale)))
  return trees.flatMap((t) => (t ? [t.tree] : []))
}

export async function findCourseTree(slug: string, locale: Locale): Promise<CourseTree | null> {
  return (await findCourse(slug, locale))?.tree ?? null
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}
