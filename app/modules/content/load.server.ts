// Reads content/courses/** from disk, validates every file and assembles the course tree.
// Nothing is written here; the caller imports the tree only when there are no problems.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { countWords, findForbiddenMarkdown, renderMarkdown } from './markdown.ts'
import { keyLine, parseYaml, splitFrontMatter } from './parse.ts'
import { courseSchema, lessonFrontMatterSchema, moduleSchema, quizSchema, type CourseFile, type ModuleFile, type QuizFile } from './schemas.ts'

// bump when rendering changes, so that unchanged files are re-rendered on the next import
const IMPORTER_VERSION = '1'

export type Bilingual = { ar: string; en: string }
export type LessonContent = {
  id: string
  slug: string
  position: number
  minutes: number
  translations: { locale: 'ar' | 'en'; title: string; bodyHtml: string }[]
}
export type ModuleContent = { id: string; slug: string; position: number; title: Bilingual; summary: Bilingual; lessons: LessonContent[]; quiz: QuizFile | null }
export type CourseContent = Omit<CourseFile, 'id'> & { id: string; slug: string; version: string; modules: ModuleContent[] }
export type LoadResult = { courses: CourseContent[]; problems: string[]; warnings: string[] }

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const numbered = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/
const lessonFile = /^(\d+-[a-z0-9]+(?:-[a-z0-9]+)*)\.(ar|en)\.md$/
const languageName = { ar: 'Arabic', en: 'English' } as const

function display(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file
}

function listDir(dir: string, kind: 'dir' | 'file'): string[] {
  if (!fs.existsSync(dir)) return []
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.') && (kind === 'dir' ? e.isDirectory() : e.isFile()))
    .map((e) => e.name)
    .sort()
}

export function loadContent(dir: string): LoadResult {
  const problems: string[] = []
  const warnings: string[] = []
  const coursesDir = path.join(dir, 'courses')
  if (!fs.existsSync(coursesDir)) return { courses: [], problems: [`${display(coursesDir)}:1: folder not found`], warnings }

  const courses: CourseContent[] = []
  // ids are primary keys: each may appear once across every course
  const owners = new Map<string, string>()
  const claim = (kind: string, id: string, where: string) => {
    const key = `${kind}:${id}`
    const first = owners.get(key)
    if (first) problems.push(`${where}: ${kind} id "${id}" is already used in ${first}`)
    else owners.set(key, where)
  }

  for (const slug of listDir(coursesDir, 'dir')) {
    const courseDir = path.join(coursesDir, slug)
    const hash = crypto.createHash('sha256').update(IMPORTER_VERSION)
    const read = (file: string) => {
      const source = fs.readFileSync(file, 'utf8')
      hash.update(path.relative(courseDir, file)).update('\0').update(source).update('\0')
      return source
    }
    if (!slugPattern.test(slug)) problems.push(`${display(courseDir)}:1: a course folder name must be lowercase ASCII letters, digits and "-"`)
    const courseFile = path.join(courseDir, 'course.yaml')
    if (!fs.existsSync(courseFile)) {
      problems.push(`${display(courseFile)}:1: course.yaml is missing`)
      continue
    }
    const course = parseYaml(display(courseFile), read(courseFile), courseSchema)
    problems.push(...course.problems)
    if (course.data) claim('course', course.data.id, `${display(courseFile)}:1`)

    const modules: ModuleContent[] = []
    const moduleSlugs = new Set<string>()
    const lessonSlugs = new Set<string>()
    const moduleFolders = listDir(path.join(courseDir, 'modules'), 'dir')
    if (moduleFolders.length === 0) problems.push(`${display(courseFile)}:1: the course has no modules (expected modules/01-<slug>/)`)

    moduleFolders.forEach((folder, moduleIndex) => {
      const moduleDir = path.join(courseDir, 'modules', folder)
      const match = numbered.exec(folder)
      if (!match) problems.push(`${display(moduleDir)}:1: a module folder is named NN-slug (e.g. 01-human-rights-council)`)
      const moduleSlug = match?.[2] ?? folder
      if (moduleSlugs.has(moduleSlug)) problems.push(`${display(moduleDir)}:1: another module in this course has the slug "${moduleSlug}"`)
      moduleSlugs.add(moduleSlug)

      const moduleFile = path.join(moduleDir, 'module.yaml')
      let moduleData: ModuleFile | null = null
      if (fs.existsSync(moduleFile)) {
        const parsed = parseYaml(display(moduleFile), read(moduleFile), moduleSchema)
        problems.push(...parsed.problems)
        moduleData = parsed.data
        if (moduleData) claim('module', moduleData.id, `${display(moduleFile)}:1`)
      } else problems.push(`${display(moduleFile)}:1: module.yaml is missing`)

      const quizFile = path.join(moduleDir, 'quiz.yaml')
      let quiz: QuizFile | null = null
      if (fs.existsSync(quizFile)) {
        const parsed = parseYaml(display(quizFile), read(quizFile), quizSchema)
        problems.push(...parsed.problems)
        quiz = parsed.data
        if (quiz) claim('quiz', quiz.id, `${display(quizFile)}:1`)
      }

      // lessons come in pairs: NN-slug.ar.md and NN-slug.en.md
      const lessonsDir = path.join(moduleDir, 'lessons')
      const pairs = new Map<string, Partial<Record<'ar' | 'en', string>>>()
      for (const name of listDir(lessonsDir, 'file')) {
        const m = lessonFile.exec(name)
        if (!m?.[1] || (m[2] !== 'ar' && m[2] !== 'en')) {
          problems.push(`${display(path.join(lessonsDir, name))}:1: a lesson file is named NN-slug.ar.md or NN-slug.en.md`)
          continue
        }
        pairs.set(m[1], { ...pairs.get(m[1]), [m[2]]: path.join(lessonsDir, name) })
      }
      if (pairs.size === 0) problems.push(`${display(moduleDir)}:1: the module has no lessons (expected lessons/01-<slug>.ar.md and .en.md)`)

      const lessons: LessonContent[] = []
      ;[...pairs.keys()].sort().forEach((base, lessonIndex) => {
        const files = pairs.get(base) ?? {}
        const lessonSlug = numbered.exec(base)?.[2] ?? base
        const parsed: { locale: 'ar' | 'en'; file: string; idLine: number; minutesLine: number; id: string; minutes: number; title: string; bodyHtml: string }[] = []
        for (const locale of ['ar', 'en'] as const) {
          const file = files[locale]
          if (!file) continue
          const where = display(file)
          const split = splitFrontMatter(read(file))
          if (!split) {
            problems.push(`${where}:1: a lesson starts with front matter between two "---" lines (id, title, minutes)`)
            continue
          }
          const front = parseYaml(where, split.frontMatter, lessonFrontMatterSchema, 1)
          problems.push(...front.problems)
          for (const f of findForbiddenMarkdown(split.body)) problems.push(`${where}:${split.bodyLine + f.line - 1}: ${f.message}`)
          if (countWords(split.body) === 0) problems.push(`${where}:${split.bodyLine}: the lesson has no text`)
          if (front.data) parsed.push({ locale, file: where, idLine: keyLine(split.frontMatter, 'id') + 1, minutesLine: keyLine(split.frontMatter, 'minutes') + 1, ...front.data, bodyHtml: renderMarkdown(split.body) })
        }
        for (const locale of ['ar', 'en'] as const) {
          const other = locale === 'ar' ? 'en' : 'ar'
          const otherFile = files[other]
          if (!files[locale] && otherFile)
            warnings.push(`${display(otherFile)}:1: missing ${languageName[locale]} translation (${base}.${locale}.md); learners will see the ${languageName[other]} text`)
        }
        const [first, second] = parsed
        if (first && second) {
          if (first.id !== second.id) problems.push(`${second.file}:${second.idLine}: id "${second.id}" differs from "${first.id}" in ${first.file}; both languages of a lesson share one id`)
          if (first.minutes !== second.minutes) problems.push(`${second.file}:${second.minutesLine}: minutes (${second.minutes}) differ from ${first.minutes} in ${first.file}; both languages share one estimate`)
        }
        if (!first) return
        claim('lesson', first.id, `${first.file}:${first.idLine}`)
        if (lessonSlugs.has(lessonSlug)) problems.push(`${first.file}:1: another lesson in this course has the slug "${lessonSlug}"`)
        lessonSlugs.add(lessonSlug)
        lessons.push({
          id: first.id,
          slug: lessonSlug,
          position: lessonIndex + 1,
          minutes: first.minutes,
          translations: parsed.map((p) => ({ locale: p.locale, title: p.title, bodyHtml: p.bodyHtml })),
        })
      })

      if (moduleData) modules.push({ ...moduleData, slug: moduleSlug, position: moduleIndex + 1, lessons, quiz })
    })

    if (course.data) courses.push({ ...course.data, slug, version: hash.digest('hex').slice(0, 16), modules })
  }
  if (courses.length === 0 && problems.length === 0) problems.push(`${display(coursesDir)}:1: no courses found`)
  return { courses, problems, warnings }
}
