// Writes a validated course tree to the database in one transaction. Upserts by stable id;
// whatever disappeared from the files is retired (never deleted), so progress and attempts stay.
import { prisma } from '#app/db.server.ts'
import { rebuildModuleProgressSql } from '#app/modules/progress/index.server.ts'
import type { CourseContent } from './load.server.ts'

export type ImportSummary = {
  courses: number
  modules: number
  lessons: number
  quizzes: number
  questions: number
  /** courses whose files had not changed since the last import (nothing was written for them) */
  unchanged: string[]
  updated: string[]
  retiredCourses: number
}

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0]
const locales = ['ar', 'en'] as const

async function writeCourse(tx: Tx, course: CourseContent) {
  const courseData = { slug: course.slug, topic: course.topic, enrolment: course.enrolment, status: 'published', sortOrder: course.order, contentVersion: course.version }
  await tx.course.upsert({ where: { id: course.id }, create: { id: course.id, ...courseData }, update: courseData, select: { id: true } })
  for (const locale of locales) {
    const t = {
      title: course.title[locale],
      summary: course.summary[locale],
      audience: course.audience[locale],
      outcomes: JSON.stringify(course.outcomes.map((o) => o[locale])),
    }
    await tx.courseTranslation.upsert({ where: { courseId_locale: { courseId: course.id, locale } }, create: { courseId: course.id, locale, ...t }, update: t, select: { id: true } })
  }

  for (const mod of course.modules) {
    const moduleData = { courseId: course.id, slug: mod.slug, position: mod.position, status: 'published' }
    await tx.module.upsert({ where: { id: mod.id }, create: { id: mod.id, ...moduleData }, update: moduleData, select: { id: true } })
    for (const locale of locales) {
      const t = { title: mod.title[locale], summary: mod.summary[locale] }
      await tx.moduleTranslation.upsert({ where: { moduleId_locale: { moduleId: mod.id, locale } }, create: { moduleId: mod.id, locale, ...t }, update: t, select: { id: true } })
    }

    for (const lesson of mod.lessons) {
      const lessonData = { moduleId: mod.id, slug: lesson.slug, position: lesson.position, minutes: lesson.minutes, status: 'published' }
      await tx.lesson.upsert({ where: { id: lesson.id }, create: { id: lesson.id, ...lessonData }, update: lessonData, select: { id: true } })
      for (const t of lesson.translations) {
        const data = { title: t.title, bodyHtml: t.bodyHtml }
        await tx.lessonTranslation.upsert({ where: { lessonId_locale: { lessonId: lesson.id, locale: t.locale } }, create: { lessonId: lesson.id, locale: t.locale, ...data }, update: data, select: { id: true } })
      }
      // a translation removed from the files falls back to the other language
      await tx.lessonTranslation.deleteMany({ where: { lessonId: lesson.id, locale: { notIn: lesson.translations.map((t) => t.locale) } } })
    }
    await tx.lesson.updateMany({ where: { moduleId: mod.id, id: { notIn: mod.lessons.map((l) => l.id) } }, data: { status: 'retired' } })

    const quiz = mod.quiz
    if (!quiz) {
      await tx.quiz.updateMany({ where: { moduleId: mod.id }, data: { status: 'retired' } })
      continue
    }
    // one quiz per module: a quiz whose id changed replaces the old one's place
    await tx.quiz.updateMany({ where: { moduleId: mod.id, id: { not: quiz.id } }, data: { status: 'retired' } })
    const quizData = { moduleId: mod.id, passingScore: quiz.passingScore, maxAttempts: quiz.maxAttempts, status: 'published' }
    await tx.quiz.upsert({ where: { id: quiz.id }, create: { id: quiz.id, ...quizData }, update: quizData, select: { id: true } })
    for (const locale of locales) {
      await tx.quizTranslation.upsert({
        where: { quizId_locale: { quizId: quiz.id, locale } },
        create: { quizId: quiz.id, locale, title: quiz.title[locale] },
        update: { title: quiz.title[locale] },
        select: { id: true },
      })
    }
    const questionIds: string[] = []
    for (const [index, q] of quiz.questions.entries()) {
      const id = `${quiz.id}:${q.id}`
      questionIds.push(id)
      const questionData = { quizId: quiz.id, type: q.type, points: q.points, position: index + 1, status: 'published', answerTrueFalse: q.type === 'truefalse' ? q.answer : null }
      await tx.question.upsert({ where: { id }, create: { id, ...questionData }, update: questionData, select: { id: true } })
      for (const locale of locales) {
        const t = { prompt: q.prompt[locale], explanation: q.explanation[locale], accepted: JSON.stringify(q.type === 'short' ? q.accepted[locale] : []) }
        await tx.questionTranslation.upsert({ where: { questionId_locale: { questionId: id, locale } }, create: { questionId: id, locale, ...t }, update: t, select: { id: true } })
      }
      const choices = q.type === 'single' || q.type === 'multiple' ? q.choices : []
      // choices carry no learner data (answers keep the chosen ids as text), so they follow the file exactly
      await tx.choice.deleteMany({ where: { questionId: id, id: { notIn: choices.map((c) => `${id}:${c.id}`) } } })
      for (const [position, c] of choices.entries()) {
        const data = { questionId: id, position: position + 1, correct: c.correct, textAr: c.text.ar, textEn: c.text.en, explanationAr: c.explanation.ar, explanationEn: c.explanation.en }
        await tx.choice.upsert({ where: { id: `${id}:${c.id}` }, create: { id: `${id}:${c.id}`, ...data }, update: data, select: { id: true } })
      }
    }
    await tx.question.updateMany({ where: { quizId: quiz.id, id: { notIn: questionIds } }, data: { status: 'retired' } })
  }
  const moduleIds = course.modules.map((m) => m.id)
  await tx.module.updateMany({ where: { courseId: course.id, id: { notIn: moduleIds } }, data: { status: 'retired' } })
  // lessons and quizzes of a retired module are retired with it
  await tx.lesson.updateMany({ where: { module: { courseId: course.id }, moduleId: { notIn: moduleIds } }, data: { status: 'retired' } })
  await tx.quiz.updateMany({ where: { module: { courseId: course.id }, moduleId: { notIn: moduleIds } }, data: { status: 'retired' } })
  // a lesson moved, retired or added, a quiz replaced: the matrix's figures are recounted (decision 015)
  for (const sql of rebuildModuleProgressSql(course.id)) await tx.$executeRaw(sql)
}

export async function writeContent(courses: CourseContent[]): Promise<ImportSummary> {
  const summary: ImportSummary = {
    courses: courses.length,
    modules: courses.reduce((n, c) => n + c.modules.length, 0),
    lessons: courses.reduce((n, c) => n + c.modules.reduce((m, mod) => m + mod.lessons.length, 0), 0),
    quizzes: courses.reduce((n, c) => n + c.modules.filter((m) => m.quiz).length, 0),
    questions: courses.reduce((n, c) => n + c.modules.reduce((m, mod) => m + (mod.quiz?.questions.length ?? 0), 0), 0),
    unchanged: [],
    updated: [],
    retiredCourses: 0,
  }
  // An import is a bounded batch run from the command line, so its upserts run one by one
  // inside a single transaction: all of it lands, or none of it.
  await prisma.$transaction(
    async (tx) => {
      const existing = await tx.course.findMany({ select: { id: true, contentVersion: true, status: true } })
      const known = new Map(existing.map((c) => [c.id, c]))
      for (const course of courses) {
        const before = known.get(course.id)
        if (before && before.status === 'published' && before.contentVersion === course.version) {
          summary.unchanged.push(course.slug)
          continue
        }
        await writeCourse(tx, course)
        summary.updated.push(course.slug)
      }
      const retired = await tx.course.updateMany({
        where: { id: { notIn: courses.map((c) => c.id) }, status: { not: 'retired' } },
        data: { status: 'retired' },
      })
      summary.retiredCourses = retired.count
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
  return summary
}
