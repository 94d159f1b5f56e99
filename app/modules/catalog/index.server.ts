// The catalogue as learners see it: published courses, their outlines and lessons; enrolment.
import { prisma } from '#app/db.server.ts'
import type { Locale } from '#app/i18n/config.ts'
import { text, whole } from '#app/modules/raw-rows.server.ts'
import { topics, type Topic } from '#app/modules/content/index.ts'
import { pickTranslation } from './translate.ts'
import { findCourse, findCourseTrees, type CourseTree, type LessonRef, type ModuleNode } from './tree.server.ts'

export type { CourseTree, LessonRef, ModuleNode, QuizRef } from './tree.server.ts'
export { findCourse, findCourseById, findCourseTrees, findCourseTree, findCourseTree as getCourseOutline, toCourseTree, courseTreeSelect } from './tree.server.ts'
export { topics, type Topic }

export function isTopic(value: unknown): value is Topic {
  return typeof value === 'string' && (topics as readonly string[]).includes(value)
}

export async function countPublishedCourses(): Promise<number> {
  return prisma.course.count({ where: { status: 'published' } })
}

export const coursesPerPage = 12

export type CourseCard = Pick<CourseTree, 'slug' | 'topic' | 'enrolment' | 'title' | 'summary' | 'minutes' | 'languages'> & { lessonCount: number; moduleCount: number }

export async function listCourses({ locale, topic, page = 1 }: { locale: Locale; topic?: Topic | null; page?: number }) {
  const [trees, topicRows] = await Promise.all([
    findCourseTrees({ locale, topic: topic ?? null, skip: (Math.max(1, page) - 1) * coursesPerPage, take: coursesPerPage }),
    // how many published courses each topic has: the filter's choices and the page count at once
    prisma.$queryRaw<Record<string, unknown>[]>`SELECT "topic", COUNT(*) AS "courses" FROM "Course" WHERE "status" = 'published' GROUP BY "topic"`,
  ])
  const perTopic = new Map(topicRows.map((r) => [text(r.topic), whole(r.courses)]))
  const total = topic ? (perTopic.get(topic) ?? 0) : [...perTopic.values()].reduce((n, c) => n + c, 0)
  const courses: CourseCard[] = trees.map((tree) => ({
    slug: tree.slug,
    topic: tree.topic,
    enrolment: tree.enrolment,
    title: tree.title,
    summary: tree.summary,
    minutes: tree.minutes,
    languages: tree.languages,
    moduleCount: tree.modules.length,
    lessonCount: tree.modules.reduce((n, m) => n + m.lessons.length, 0),
  }))
  const present = new Set(perTopic.keys())
  return { courses, total, page, pageCount: Math.max(1, Math.ceil(total / coursesPerPage)), topics: topics.filter((t) => present.has(t)) }
}

export type LessonPage = {
  course: CourseTree
  module: ModuleNode
  lesson: LessonRef & { bodyHtml: string; shownIn: Locale; fallback: boolean }
  previous: { slug: string; title: string } | null
  next: { slug: string; title: string } | null
  /** the lesson is the module's last: the module's quiz comes next */
  quizAfter: boolean
  position: number
  lessonCount: number
}

// Lesson texts, kept per process like the course trees they belong to (tree.server.ts): the
// key holds the course's stamp, so an import of the course leaves the old texts unread.
type LessonTexts = { locale: string; title: string; bodyHtml: string }[]
const lessonTextCache = new Map<string, LessonTexts>()
const lessonTextCacheLimit = 500

async function lessonTexts(stamp: string, lessonId: string): Promise<LessonTexts> {
  const key = `${stamp}/${lessonId}`
  const known = lessonTextCache.get(key)
  if (known) return known
  const texts = await prisma.lessonTranslation.findMany({ where: { lessonId }, select: { locale: true, title: true, bodyHtml: true } })
  if (lessonTextCache.size >= lessonTextCacheLimit) lessonTextCache.clear()
  lessonTextCache.set(key, texts)
  return texts
}

export async function getLessonPage(courseSlug: string, lessonSlug: string, locale: Locale): Promise<LessonPage | null> {
  const current = await findCourse(courseSlug, locale)
  if (!current) return null
  const { tree: course, stamp } = current
  const all = course.modules.flatMap((m) => m.lessons.map((l) => ({ module: m, lesson: l })))
  const index = all.findIndex((x) => x.lesson.slug === lessonSlug)
  const found = all[index]
  if (!found) return null
  const translations = await lessonTexts(stamp, found.lesson.id)
  const shown = pickTranslation(translations, locale)
  if (!shown) return null
  const ref = (x: (typeof all)[number] | undefined) => (x ? { slug: x.lesson.slug, title: x.lesson.title } : null)
  const moduleLessons = found.module.lessons
  return {
    course,
    module: found.module,
    lesson: { ...found.lesson, title: shown.title, bodyHtml: shown.bodyHtml, shownIn: shown.locale, fallback: shown.fallback },
    previous: ref(all[index - 1]),
    next: ref(all[index + 1]),
    quizAfter: Boolean(found.module.quiz) && moduleLessons[moduleLessons.length - 1]?.id === found.lesson.id,
    position: index + 1,
    lessonCount: all.length,
  }
}

const activeStatuses = ['active', 'completed']

/** An enrolment in one of these states lets its learner in. */
export function activeEnrolment(status: string): boolean {
  return activeStatuses.includes(status)
}

/** Whether someone is in a course (active or done). Every course, lesson and quiz page asks: plain SQL. */
export async function isEnrolled(userId: string, courseId: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT "status" FROM "Enrollment" WHERE "userId" = ${userId} AND "courseId" = ${courseId}`
  return rows.some((r) => activeEnrolment(text(r.status)))
}

export type EnrolResult = 'enrolled' | 'already-enrolled' | 'cohort-only' | 'not-found'

/** Enrols a signed-in person in an open course. Enrolling twice changes nothing. */
export async function enrolInOpenCourse(userId: string, courseSlug: string): Promise<EnrolResult> {
  const course = await prisma.course.findFirst({ where: { slug: courseSlug, status: 'published' }, select: { id: true, enrolment: true } })
  if (!course) return 'not-found'
  const existing = await prisma.enrollment.findUnique({ where: { userId_courseId: { userId, courseId: course.id } }, select: { id: true, status: true } })
  if (existing && activeStatuses.includes(existing.status)) return 'already-enrolled'
  if (course.enrolment !== 'open') return 'cohort-only'
  await prisma.enrollment.upsert({
    where: { userId_courseId: { userId, courseId: course.id } },
    // someone once removed from a cohort comes back on their own, not into that cohort
    update: { status: 'active', cohortId: null },
    create: { userId, courseId: course.id, status: 'active' },
    select: { id: true },
  })
  return 'enrolled'
}
