import path from 'node:path'
import { expect, test } from 'vitest'
import { loadContent } from './load.server.ts'

const fixtures = path.resolve(import.meta.dirname, '../../../tests/fixtures/content')
const broken = 'tests/fixtures/content/broken/courses/broken-course'

test('a broken course gives every problem as file:line: message', () => {
  const result = loadContent(path.join(fixtures, 'broken'))
  expect(result.problems).toEqual([
    `${broken}/course.yaml:1: id: must be lowercase ASCII letters, digits and "-"`,
    `${broken}/course.yaml:2: topic: must be one of: un-mechanisms, advocacy, media`,
    `${broken}/course.yaml:5: title.en: missing English translation`,
    `${broken}/modules/01-basics/quiz.yaml:12: questions[0].choices: a single-choice question needs exactly one correct choice (found 2)`,
    `${broken}/modules/01-basics/quiz.yaml:16: questions[1].type: must be one of: single, multiple, truefalse, short`,
    `${broken}/modules/01-basics/quiz.yaml:27: questions[3].accepted.en: missing accepted English answers`,
    `${broken}/modules/01-basics/lessons/01-one.en.md:9: images are not allowed in lessons (learners are on slow links)`,
    `${broken}/modules/01-basics/lessons/01-one.en.md:4: minutes (5) differ from 7 in ${broken}/modules/01-basics/lessons/01-one.ar.md; both languages share one estimate`,
    `${broken}/modules/01-basics/lessons/02-two.en.md:4: minutes: must be a number`,
  ])
  expect(result.warnings).toEqual([
    `${broken}/modules/01-basics/lessons/02-two.en.md:1: missing Arabic translation (02-two.ar.md); learners will see the English text`,
  ])
})

test('a valid course becomes a tree with slugs, positions and sanitised lessons', () => {
  const { courses, problems } = loadContent(path.join(fixtures, 'valid'))
  expect(problems).toEqual([])
  const [course] = courses
  expect(course?.slug).toBe('demo-course')
  expect(course?.modules.map((m) => [m.id, m.slug, m.position])).toEqual([['demo-first', 'first-steps', 1]])
  const lessons = course?.modules[0]?.lessons ?? []
  expect(lessons.map((l) => [l.id, l.slug, l.position])).toEqual([
    ['demo-one', 'one', 1],
    ['demo-two', 'two', 2],
    ['demo-three', 'three', 3],
  ])
  expect(lessons[0]?.translations.find((t) => t.locale === 'en')?.bodyHtml).toContain('rel="noopener noreferrer"')
})

test('the real courses in content/ are valid', () => {
  const result = loadContent(path.resolve(import.meta.dirname, '../../../content'))
  expect(result.problems).toEqual([])
  expect(result.courses.length).toBeGreaterThanOrEqual(3)
})
