import { describe, expect, test } from 'vitest'
import { parseYaml, splitFrontMatter } from './parse.ts'
import { courseSchema, lessonFrontMatterSchema, moduleSchema, quizSchema } from './schemas.ts'

const course = `id: demo
topic: media
enrolment: open
order: 1
title:
  ar: دورة
  en: Course
summary:
  ar: ملخص
  en: Summary
audience:
  ar: الجميع
  en: Everyone
outcomes:
  - ar: شيء
    en: Something
`

const choice = (id: string, correct: boolean) =>
  `      - { id: ${id}, correct: ${correct}, text: { ar: نص, en: text }, explanation: { ar: شرح, en: why } }`

function quiz(questions: string) {
  return `id: demo-quiz
passingScore: 70
maxAttempts: 3
title: { ar: اختبار, en: Quiz }
questions:
${questions}`
}
const single = (id: string, correct = [true, false]) => `  - id: ${id}
    type: single
    prompt: { ar: سؤال, en: Question }
    explanation: { ar: شرح, en: Why }
    choices:
${correct.map((c, i) => choice(String.fromCharCode(97 + i), c)).join('\n')}`
const truefalse = (id: string) => `  - id: ${id}
    type: truefalse
    answer: true
    prompt: { ar: سؤال, en: Question }
    explanation: { ar: شرح, en: Why }`
const short = (id: string) => `  - id: ${id}
    type: short
    prompt: { ar: سؤال, en: Question }
    accepted: { ar: [جنيف], en: [Geneva] }
    explanation: { ar: شرح, en: Why }`

describe('course.yaml', () => {
  test('a complete file is accepted', () => {
    const result = parseYaml('course.yaml', course, courseSchema)
    expect(result.problems).toEqual([])
    expect(result.data?.title.en).toBe('Course')
  })

  test('a missing translation is reported on the line of its parent', () => {
    const broken = course.replace('  en: Course\n', '')
    expect(parseYaml('c/course.yaml', broken, courseSchema).problems).toEqual(['c/course.yaml:5: title.en: missing English translation'])
  })

  test('every problem is reported, each with its own line', () => {
    const broken = course.replace('topic: media', 'topic: cooking').replace('order: 1', 'order: first').replace('id: demo', 'id: Demo Course')
    expect(parseYaml('course.yaml', broken, courseSchema).problems).toEqual([
      'course.yaml:1: id: must be lowercase ASCII letters, digits and "-"',
      'course.yaml:2: topic: must be one of: un-mechanisms, advocacy, media',
      'course.yaml:4: order: must be a number',
    ])
  })

  test('an unknown key (a typo) is reported', () => {
    const problems = parseYaml('course.yaml', `${course}sumary: x\n`, courseSchema).problems
    expect(problems).toHaveLength(1)
    expect(problems[0]).toMatch(/^course\.yaml:1: Unrecognized key\(s\) in object: 'sumary'$/)
  })

  test('a YAML syntax error gives its line', () => {
    const problems = parseYaml('course.yaml', 'id: demo\ntitle: [unclosed\n', courseSchema).problems
    expect(problems[0]).toMatch(/^course\.yaml:\d+: YAML syntax error: /)
  })
})

describe('module.yaml', () => {
  test('needs both titles', () => {
    const problems = parseYaml('module.yaml', 'id: m\ntitle:\n  ar: وحدة\nsummary: { ar: س, en: s }\n', moduleSchema).problems
    expect(problems).toEqual(['module.yaml:2: title.en: missing English translation'])
  })
})

describe('quiz.yaml', () => {
  test('a quiz of five mixed questions is accepted', () => {
    const text = quiz([single('q1'), truefalse('q2'), short('q3'), single('q4'), truefalse('q5')].join('\n'))
    expect(parseYaml('quiz.yaml', text, quizSchema).problems).toEqual([])
  })

  test('a single-choice question with two correct answers is pointed at its choices', () => {
    const text = quiz([single('q1', [true, true]), truefalse('q2'), short('q3'), single('q4'), truefalse('q5')].join('\n'))
    expect(parseYaml('quiz.yaml', text, quizSchema).problems).toEqual([
      'quiz.yaml:10: questions[0].choices: a single-choice question needs exactly one correct choice (found 2)',
    ])
  })

  test('problems in several questions are all reported', () => {
    const text = quiz(
      [single('q1', [true, true]), truefalse('q2').replace('answer: true', 'answer: yes please'), short('q3').replace(', en: [Geneva]', ''), single('q4'), truefalse('q5')].join('\n'),
    )
    expect(parseYaml('quiz.yaml', text, quizSchema).problems).toEqual([
      'quiz.yaml:10: questions[0].choices: a single-choice question needs exactly one correct choice (found 2)',
      'quiz.yaml:15: questions[1].answer: must be true or false',
      'quiz.yaml:21: questions[2].accepted.en: missing accepted English answers',
    ])
  })

  test('an unknown type, repeated ids, too few questions and too few types are reported', () => {
    expect(parseYaml('quiz.yaml', quiz(`${single('q1')}\n${truefalse('q2').replace('truefalse', 'essay')}`), quizSchema).problems).toEqual([
      'quiz.yaml:5: questions: a quiz needs at least 5 questions',
      'quiz.yaml:14: questions[1].type: must be one of: single, multiple, truefalse, short',
    ])
    const repeated = quiz([single('q1'), single('q1'), single('q2'), single('q3'), truefalse('q4')].join('\n'))
    expect(parseYaml('quiz.yaml', repeated, quizSchema).problems).toEqual([
      'quiz.yaml:5: questions: a quiz must mix at least three question types (found single, truefalse)',
      'quiz.yaml:13: questions[1].id: question id "q1" is used twice in this quiz',
    ])
  })
})

describe('lesson front matter', () => {
  const lesson = '---\nid: demo-one\ntitle: One\nminutes: 10\n---\n\nText\n'
  test('is split from the body, with the body line counted', () => {
    expect(splitFrontMatter(lesson)).toEqual({ frontMatter: 'id: demo-one\ntitle: One\nminutes: 10', body: '\nText\n', bodyLine: 6 })
    expect(splitFrontMatter('no front matter')).toBeNull()
  })
  test('lines are counted from the top of the file', () => {
    const split = splitFrontMatter(lesson.replace('minutes: 10', 'minutes: 0'))
    expect(split && parseYaml('01-one.en.md', split.frontMatter, lessonFrontMatterSchema, 1).problems).toEqual(['01-one.en.md:4: minutes: must be at least 1'])
  })
})
