// One query for a course with its published modules, lessons and quizzes, in one language.
import { prisma } from '#app/db.server.ts'
import type { Prisma } from '#app/generated/prisma/client.ts'
import type { Locale } from '#app/i18n/config.ts'
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

export async function findCourseTree(slug: string, locale: Locale): Promise<CourseTree | null> {
  const row = await prisma.course.findFirst({ where: { slug, status: 'published' }, select: courseTreeSelect })
  return row ? toCourseTree(row, locale) : null
}
