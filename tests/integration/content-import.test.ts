// The importer against a real database: idempotent, updates in place, retires instead of deleting.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { prisma } from '#app/db.server.ts'
import { importContentFromDir } from '#app/modules/content/index.server.ts'

const root = path.resolve(import.meta.dirname, '../..')
const fixture = path.join(root, 'tests/fixtures/content/valid')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tamkeen-content-'))
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

/** Every content row, without timestamps, sorted: two equal snapshots mean the same database. */
async function snapshot() {
  const [courses, courseT, modules, moduleT, lessons, lessonT, quizzes, quizT, questions, questionT, choices] = await Promise.all([
    prisma.course.findMany({ orderBy: { id: 'asc' }, select: { id: true, slug: true, topic: true, enrolment: true, status: true, sortOrder: true, contentVersion: true, updatedAt: true } }),
    prisma.courseTranslation.findMany({ orderBy: [{ courseId: 'asc' }, { locale: 'asc' }] }),
    prisma.module.findMany({ orderBy: { id: 'asc' } }),
    prisma.moduleTranslation.findMany({ orderBy: [{ moduleId: 'asc' }, { locale: 'asc' }] }),
    prisma.lesson.findMany({ orderBy: { id: 'asc' } }),
    prisma.lessonTranslation.findMany({ orderBy: [{ lessonId: 'asc' }, { locale: 'asc' }] }),
    prisma.quiz.findMany({ orderBy: { id: 'asc' } }),
    prisma.quizTranslation.findMany({ orderBy: [{ quizId: 'asc' }, { locale: 'asc' }] }),
    prisma.question.findMany({ orderBy: { id: 'asc' } }),
    prisma.questionTranslation.findMany({ orderBy: [{ questionId: 'asc' }, { locale: 'asc' }] }),
    prisma.choice.findMany({ orderBy: { id: 'asc' } }),
  ])
  return { courses, courseT, modules, moduleT, lessons, lessonT, quizzes, quizT, questions, questionT, choices }
}

function copyFixture(name: string) {
  const dir = path.join(tmp, name)
  fs.cpSync(fixture, dir, { recursive: true })
  return dir
}

describe('importing the real courses', () => {
  test('twice gives the same database, and the second import writes nothing', async () => {
    const first = await importContentFromDir(path.join(root, 'content'))
    expect(first.ok).toBe(true)
    const before = await snapshot()
    expect(before.courses.length).toBeGreaterThanOrEqual(3)
    expect(before.lessons.length).toBeGreaterThanOrEqual(27)
    // ids in the database follow the schema's conventions
    expect(before.questions.every((q) => q.id.startsWith(`${q.quizId}:`))).toBe(true)
    expect(before.choices.every((c) => c.id.startsWith(`${c.questionId}:`))).toBe(true)

    const second = await importContentFromDir(path.join(root, 'content'))
    expect(second.ok && second.summary.updated).toEqual([])
    expect(await snapshot()).toEqual(before)
  })
})

describe('re-importing edited content', () => {
  test('updates in place, keeps progress and attempts, and retires what was removed', async () => {
    const dir = copyFixture('edited')
    expect((await importContentFromDir(dir)).ok).toBe(true)

    const user = await prisma.user.create({ data: { username: 'import-learner', displayName: 'Learner' }, select: { id: true } })
    await prisma.enrollment.create({ data: { userId: user.id, courseId: 'demo' } })
    await prisma.lessonProgress.createMany({ data: [{ userId: user.id, lessonId: 'demo-one' }, { userId: user.id, lessonId: 'demo-three' }] })
    await prisma.attempt.create({
      data: {
        userId: user.id,
        quizId: 'demo-first-quiz',
        submissionKey: 'import-test-key-0001',
        score: 1,
        maxScore: 6,
        percent: 16,
        passed: false,
        answers: { create: [{ questionId: 'demo-first-quiz:q5', response: '{"value":true}', correct: false, points: 0 }] },
      },
    })

    // edit a lesson's text and title, remove lesson three and question five
    const lessons = path.join(dir, 'courses/demo-course/modules/01-first-steps/lessons')
    const one = path.join(lessons, '01-one.en.md')
    fs.writeFileSync(one, fs.readFileSync(one, 'utf8').replace('title: Lesson one', 'title: Lesson one, revised').replace('Some **text**', 'Revised **text**'))
    fs.rmSync(path.join(lessons, '03-three.en.md'))
    fs.rmSync(path.join(lessons, '03-three.ar.md'))
    const quizFile = path.join(dir, 'courses/demo-course/modules/01-first-steps/quiz.yaml')
    const quiz = fs.readFileSync(quizFile, 'utf8')
    fs.writeFileSync(quizFile, quiz.slice(0, quiz.indexOf('  - id: q5')) + quiz.slice(quiz.indexOf('  - id: q4'), quiz.indexOf('  - id: q5')).replace('id: q4', 'id: q6'))

    const result = await importContentFromDir(dir)
    expect(result.ok && result.summary.updated).toEqual(['demo-course'])

    const lesson = await prisma.lessonTranslation.findUnique({ where: { lessonId_locale: { lessonId: 'demo-one', locale: 'en' } }, select: { title: true, bodyHtml: true } })
    expect(lesson?.title).toBe('Lesson one, revised')
    expect(lesson?.bodyHtml).toContain('Revised <strong>text</strong>')

    expect(await prisma.lesson.findUnique({ where: { id: 'demo-three' }, select: { status: true } })).toEqual({ status: 'retired' })
    expect(await prisma.lesson.findUnique({ where: { id: 'demo-one' }, select: { status: true } })).toEqual({ status: 'published' })
    expect(await prisma.question.findUnique({ where: { id: 'demo-first-quiz:q5' }, select: { status: true } })).toEqual({ status: 'retired' })
    expect(await prisma.question.findUnique({ where: { id: 'demo-first-quiz:q6' }, select: { status: true } })).toEqual({ status: 'published' })

    // the matrix's figures are recounted by the course's new shape: lesson three no longer counts
    const moduleId = (await prisma.lesson.findUniqueOrThrow({ where: { id: 'demo-one' }, select: { moduleId: true } })).moduleId
    expect(await prisma.moduleProgress.findMany({ where: { userId: user.id }, select: { moduleId: true, lessonsDone: true, bestPercent: true } })).toEqual([
      { moduleId, lessonsDone: 1, bestPercent: 16 },
    ])

    // the learner's progress and attempt are untouched, even on what was retired
    expect(await prisma.lessonProgress.count({ where: { userId: user.id } })).toBe(2)
    expect(await prisma.attempt.count({ where: { userId: user.id } })).toBe(1)
    expect(await prisma.answer.count({ where: { attempt: { userId: user.id } } })).toBe(1)
  })

  test('a removed course is retired; restoring its files publishes it again', async () => {
    const dir = copyFixture('removed')
    const empty = path.join(tmp, 'other')
    fs.cpSync(dir, empty, { recursive: true })
    fs.renameSync(path.join(empty, 'courses/demo-course'), path.join(empty, 'courses/renamed-course'))
    fs.writeFileSync(path.join(empty, 'courses/renamed-course/course.yaml'), fs.readFileSync(path.join(dir, 'courses/demo-course/course.yaml'), 'utf8').replace('id: demo', 'id: demo-two'))
    for (const m of ['module.yaml']) {
      const f = path.join(empty, 'courses/renamed-course/modules/01-first-steps', m)
      fs.writeFileSync(f, fs.readFileSync(f, 'utf8').replace('id: demo-first', 'id: demo-two-first'))
    }
    fs.rmSync(path.join(empty, 'courses/renamed-course/modules/01-first-steps/quiz.yaml'))
    for (const f of fs.readdirSync(path.join(empty, 'courses/renamed-course/modules/01-first-steps/lessons'))) {
      const p = path.join(empty, 'courses/renamed-course/modules/01-first-steps/lessons', f)
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/id: demo-/, 'id: demo-two-'))
    }
    const result = await importContentFromDir(empty)
    expect(result.ok).toBe(true)
    expect(await prisma.course.findUnique({ where: { id: 'demo' }, select: { status: true } })).toEqual({ status: 'retired' })
    expect((await importContentFromDir(dir)).ok).toBe(true)
    expect(await prisma.course.findUnique({ where: { id: 'demo' }, select: { status: true } })).toEqual({ status: 'published' })
  })
})

test('invalid content imports nothing and lists every problem', async () => {
  const before = await snapshot()
  const result = await importContentFromDir(path.join(root, 'tests/fixtures/content/broken'))
  expect(result.ok).toBe(false)
  if (!result.ok) expect(result.problems.length).toBeGreaterThan(5)
  expect(await snapshot()).toEqual(before)
})
